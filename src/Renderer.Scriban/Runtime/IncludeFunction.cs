namespace Renderer.Scriban.Runtime;

/// <summary>The top-level <c>include</c> and <c>include_join</c> builtins (§3.9).</summary>
internal static class IncludeFunction
{
    public static readonly IScriptFunction Include = new DelegateScriptFunction("include", 1, -1,
        call => throw call.Error("include is not wired in yet."));

    public static readonly IScriptFunction IncludeJoin = new DelegateScriptFunction("include_join", 2, 4,
        call => throw call.Error("include_join is not wired in yet."));
}

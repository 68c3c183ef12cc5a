namespace Renderer.Scriban.Runtime;

/// <summary><c>object.eval</c> and <c>object.eval_template</c>: engine machinery registered into the object group.</summary>
internal static class EvalFunctions
{
    public static void Register(ScriptObject group)
    {
        _ = group;
    }
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>The `regex` builtin group (spec §6).</summary>
public static class RegexFunctions
{
    /// <summary>Adds the `regex.*` functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        // Filled in by the builtins helper; the engine only calls Register.
        _ = group;
    }
}

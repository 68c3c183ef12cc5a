using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>The `timespan` builtin group (spec §6).</summary>
public static class TimeSpanFunctions
{
    /// <summary>Adds the `timespan.*` functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        // Filled in by the builtins helper; the engine only calls Register.
        _ = group;
    }
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>The `array` builtin group (spec §6).</summary>
public static class ArrayFunctions
{
    /// <summary>Adds the `array.*` functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        // Filled in by the builtins helper; the engine only calls Register.
        _ = group;
    }
}

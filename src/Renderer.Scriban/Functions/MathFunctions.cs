using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>The `math` builtin group (spec §6).</summary>
public static class MathFunctions
{
    /// <summary>Adds the `math.*` functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        // Filled in by the builtins helper; the engine only calls Register.
        _ = group;
    }
}

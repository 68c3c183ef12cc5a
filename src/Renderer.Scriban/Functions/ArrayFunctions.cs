using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>array</c> builtin group (spec §6). Functions return new arrays and never change their
/// input; a null list acts as an empty one unless a function documents otherwise. Any other single
/// value where a list is expected is a one-item list (<c>5 | array.sort</c> is <c>[5]</c>).
/// </summary>
public static partial class ArrayFunctions
{
    /// <summary>Adds the <c>array.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "array");
        RegisterBuilders(table);
        RegisterReaders(table);
        RegisterSlices(table);
        RegisterFunctional(table);
        RegisterOrdering(table);
    }
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>string</c> builtin group (spec §6). A null text argument is treated as empty unless a
/// function documents otherwise (<c>downcase</c>/<c>upcase</c> keep null).
/// </summary>
public static partial class StringFunctions
{
    /// <summary>Adds the <c>string.*</c> functions to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "string");
        RegisterBasics(table);
        RegisterPredicates(table);
        RegisterEdits(table);
        RegisterSlices(table);
        RegisterConversions(table);
        RegisterHashes(table);
    }
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Registers the functions of one builtin group without reflection. Parameter names are Scriban's
/// .NET parameter names, because that is what <c>name: value</c> arguments match against
/// (<c>string.slice1 1 length: 3</c>, <c>date.parse_to_string … input_pattern: "%m"</c>).
/// </summary>
internal sealed class FunctionTable(ScriptObject group, string groupName)
{
    /// <summary>A function taking between <paramref name="minArgs"/> and all of <paramref name="parameters"/>.</summary>
    public void Add(string name, string[] parameters, int minArgs, Func<FunctionCall, object?> body)
        => group.SetFunction(name, new DelegateScriptFunction($"{groupName}.{name}", parameters, minArgs, body));

    /// <summary>A function whose last parameter collects any number of extra arguments.</summary>
    public void AddVariadic(string name, string[] parameters, int minArgs, Func<FunctionCall, object?> body)
        => group.SetFunction(name, new DelegateScriptFunction($"{groupName}.{name}", parameters, minArgs, -1, body));
}

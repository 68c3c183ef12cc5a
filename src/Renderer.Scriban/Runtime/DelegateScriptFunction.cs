namespace Renderer.Scriban.Runtime;

/// <summary>
/// A host or builtin function written as a delegate: no reflection, so it stays trimming-safe.
/// </summary>
public sealed class DelegateScriptFunction : IScriptFunction
{
    private readonly Func<FunctionCall, object?> _body;

    /// <summary>A function whose arguments are positional only.</summary>
    public DelegateScriptFunction(string name, int minArgs, int maxArgs, Func<FunctionCall, object?> body)
        : this(name, [], minArgs, maxArgs, body)
    {
    }

    /// <summary>
    /// A function with named parameters: <c>name: value</c> arguments land at the parameter's position.
    /// <paramref name="maxArgs"/> defaults to the number of parameters; pass -1 for a trailing variadic list.
    /// </summary>
    public DelegateScriptFunction(string name, string[] parameterNames, int minArgs, Func<FunctionCall, object?> body)
        : this(name, parameterNames, minArgs, parameterNames.Length, body)
    {
    }

    public DelegateScriptFunction(string name, string[] parameterNames, int minArgs, int maxArgs, Func<FunctionCall, object?> body)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(body);
        if (minArgs < 0 || (maxArgs >= 0 && maxArgs < minArgs))
        {
            throw new ArgumentOutOfRangeException(nameof(maxArgs), $"Function `{name}`: invalid arity {minArgs}..{maxArgs}.");
        }

        Name = name;
        ParameterNames = parameterNames;
        MinArgs = minArgs;
        MaxArgs = maxArgs;
        _body = body;
    }

    public string Name { get; }

    public int MinArgs { get; }

    public int MaxArgs { get; }

    public IReadOnlyList<string> ParameterNames { get; }

    public object? Invoke(FunctionCall call) => _body(call);

    public override string ToString() => "<function>";
}

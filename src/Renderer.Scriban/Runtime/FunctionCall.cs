using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// What a function receives: its arguments (a piped value is argument 0), the named arguments as
/// written, the context and the span of the call (for positioned errors).
/// </summary>
public sealed class FunctionCall : IReadOnlyList<object?>
{
    private static readonly Dictionary<string, object?> NoNamedArguments = new(StringComparer.Ordinal);

    private readonly object?[] _arguments;
    private readonly int _count;
    private readonly ulong _missing;

    internal FunctionCall(
        TemplateContext context,
        SourceSpan span,
        IScriptFunction function,
        object?[] arguments,
        int count,
        ulong missing,
        IReadOnlyDictionary<string, object?>? namedArguments)
    {
        Context = context;
        Span = span;
        Function = function;
        _arguments = arguments;
        _count = count;
        _missing = missing;
        NamedArguments = namedArguments ?? NoNamedArguments;
    }

    /// <summary>Creates a call for invoking a function directly (tests, hosts); no argument is missing.</summary>
    public FunctionCall(TemplateContext context, SourceSpan span, IScriptFunction function, IReadOnlyList<object?> arguments)
        : this(context, span, function, [.. arguments], arguments.Count, 0, null)
    {
    }

    public TemplateContext Context { get; }

    public SourceSpan Span { get; }

    public IScriptFunction Function { get; }

    /// <summary>Positional arguments, with named arguments already moved to their parameter's position.</summary>
    public IReadOnlyList<object?> Arguments => this;

    /// <summary>Named arguments as written in the template (<c>name: value</c>).</summary>
    public IReadOnlyDictionary<string, object?> NamedArguments { get; }

    public int Count => _count;

    /// <summary>True when argument <paramref name="index"/> was given (positionally or by name).</summary>
    public bool HasArgument(int index)
        => index >= 0 && index < _count && (index >= 64 || (_missing & (1UL << index)) == 0);

    public object? GetArgument(int index) => index < _count ? _arguments[index] : null;

    /// <summary>The argument, or <paramref name="defaultValue"/> when it was not given.</summary>
    public object? GetArgumentOrDefault(int index, object? defaultValue = null)
        => HasArgument(index) ? _arguments[index] : defaultValue;

    /// <summary>The argument's text form (§4.3); null becomes "".</summary>
    public string GetString(int index) => GetStringOrNull(index) ?? string.Empty;

    public string? GetStringOrNull(int index)
    {
        var value = GetArgument(index);
        return value is null ? null : Context.ToText(value);
    }

    public int GetInt(int index) => ScriptValue.ToInt(GetArgument(index));

    public int GetInt(int index, int defaultValue) => HasArgument(index) ? ScriptValue.ToInt(_arguments[index]) : defaultValue;

    public long GetLong(int index) => ScriptValue.ToLong(GetArgument(index));

    public double GetDouble(int index) => ScriptValue.ToDouble(GetArgument(index));

    public bool GetBool(int index) => ScriptValue.IsTruthy(GetArgument(index));

    public bool GetBool(int index, bool defaultValue) => HasArgument(index) ? ScriptValue.IsTruthy(_arguments[index]) : defaultValue;

    object? IReadOnlyList<object?>.this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _arguments[index];
        }
    }

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _arguments[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<object?>)this).GetEnumerator();

    /// <summary>A positioned runtime error at this call.</summary>
    public ScriptRuntimeException Error(string message) => new(Span, message);
}

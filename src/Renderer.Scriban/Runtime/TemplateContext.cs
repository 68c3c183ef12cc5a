using System.Globalization;
using Renderer.Scriban.Functions;
using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// The state of one render: settings, the stack of global objects (builtins at the bottom, the
/// model above), local scopes, loop and recursion counters and the output. Create one per render;
/// it is cheap.
/// </summary>
public sealed partial class TemplateContext
{
    private Dictionary<string, object>? _state;

    public TemplateContext()
    {
        BuiltinObject = BuiltinFunctions.Create();
        _globals.Add(new GlobalFrame(BuiltinObject));
        _locals.Add(new LocalFrame());
    }

    /// <summary>Iterations allowed per outermost loop, counted across all nested loops. 0 or negative: unlimited.</summary>
    /// <value>1000 (Scriban's default).</value>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Maximum depth of nested function calls and includes.</summary>
    /// <value>100.</value>
    public int RecursiveLimit { get; set; } = 100;

    /// <summary>Length at which a value's text form is cut off with "..." (and string repetition fails). 0: unlimited.</summary>
    /// <value>1 048 576.</value>
    public int LimitToString { get; set; } = 1_048_576;

    /// <summary>When true, reading an undefined variable is an error instead of null.</summary>
    /// <value>false.</value>
    public bool StrictVariables { get; set; }

    /// <summary>Indents multi-line output of a tag like the whitespace before the tag (§1.4).</summary>
    /// <value>true.</value>
    public bool AutoIndent { get; set; } = true;

    /// <value>"\n".</value>
    public string NewLine { get; set; } = "\n";

    /// <summary>Resolves <c>include</c>; null means include fails with an error.</summary>
    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>Checked at every loop iteration and function call.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>Culture for text conversions; always the invariant culture.</summary>
    public CultureInfo Culture => CultureInfo.InvariantCulture;

    /// <summary>Timeout for regular expressions run by builtins.</summary>
    /// <value>10 seconds.</value>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The builtin functions (<c>string</c>, <c>array</c>, …) of this context, below every global.</summary>
    public ScriptObject BuiltinObject { get; }

    /// <summary>Templates parsed by <c>include</c>, keyed by loader path.</summary>
    public Dictionary<string, Template> CachedTemplates { get; } = new(StringComparer.Ordinal);

    /// <summary>Per-render state for builtins (e.g. <c>array.cycle</c> positions), created on first use.</summary>
    public T GetOrCreateState<T>(string key, Func<T> create)
        where T : class
    {
        _state ??= new Dictionary<string, object>(StringComparer.Ordinal);
        if (!_state.TryGetValue(key, out var value))
        {
            value = create();
            _state[key] = value;
        }

        return (T)value;
    }

    /// <summary>The text form of a value (§4.3), dates formatted with <c>date.format</c>.</summary>
    public string ToText(object? value)
    {
        var text = ScriptValue.ToText(value, this);

        // Scriban marks a text at or over LimitToString with a trailing "..." rather than failing.
        return LimitToString > 0 && text.Length >= LimitToString ? text + "..." : text;
    }

    /// <summary>Renders a date the way <c>{{ date }}</c> does: through the builtin <c>date.to_string</c> and <c>date.format</c>.</summary>
    public string FormatDate(DateTime date)
    {
        if (BuiltinObject["date"] is ScriptObject dateObject
            && dateObject["to_string"] is IScriptFunction toString
            && dateObject["format"] is string format)
        {
            var text = Invoke(toString, [date, format], SourceSpan.None("<date>"));
            return text as string ?? string.Empty;
        }

        return ScriptValue.DefaultDateText(date);
    }

    /// <summary>Fails when a string being built exceeds <see cref="LimitToString"/>.</summary>
    public void CheckTextLimit(SourceSpan span, int length)
    {
        if (LimitToString > 0 && length > LimitToString)
        {
            throw new ScriptRuntimeException(span, $"The output exceeds the LimitToString of {LimitToString} characters");
        }
    }
}

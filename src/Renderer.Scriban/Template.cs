using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban;

/// <summary>
/// A parsed template: parse once (never throws for bad syntax; problems are in
/// <see cref="Diagnostics"/>), render many times with a fresh <see cref="TemplateContext"/> each.
/// </summary>
public sealed class Template
{
    // The previous render's size, so the next render's buffer is rented at the right size at once.
    private int _lastOutputLength;

    private Template(string sourceName, BlockStatement body, IReadOnlyList<Diagnostic> diagnostics, TemplateSource source)
    {
        SourceName = sourceName;
        Body = body;
        Diagnostics = diagnostics;
        Source = source;
        HasErrors = diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The name used in error messages (<c>&lt;input&gt;</c> when none was given).</summary>
    public string SourceName { get; }

    /// <summary>Parse problems in Scriban's order and format (<c>name(line,col) : error : message</c>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors { get; }

    /// <summary>The syntax tree.</summary>
    public BlockStatement Body { get; }

    internal TemplateSource Source { get; }

    public static Template Parse(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = sourceName ?? "<input>";
        var result = new Parser(text, name).Parse();
        return new Template(name, result.Body, result.Diagnostics, new TemplateSource(name, text));
    }

    /// <summary>Parses text made of code only (no <c>{{ }}</c>), as <c>object.eval</c> does.</summary>
    public static Template ParseScript(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = sourceName ?? "<input>";
        var result = new Parser(text, name, scriptOnly: true).Parse();
        return new Template(name, result.Body, result.Diagnostics, new TemplateSource(name, text));
    }

    /// <summary>
    /// Renders with <paramref name="context"/>. Throws <see cref="ScriptRuntimeException"/> (nothing
    /// partial is returned) or <see cref="TemplateParseException"/> when the template has errors.
    /// </summary>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw new TemplateParseException(SourceName, Diagnostics);
        }

        var output = context.Evaluator.Render(Body, Source, _lastOutputLength);
        _lastOutputLength = output.Length;
        return output;
    }

    /// <summary>Renders with a new default context whose global object is <paramref name="model"/>.</summary>
    public string Render(ScriptObject model)
    {
        var context = new TemplateContext();
        context.PushGlobal(model);
        return Render(context);
    }
}

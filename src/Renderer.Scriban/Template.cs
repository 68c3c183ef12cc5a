using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban;

/// <summary>
/// A parsed template: parse once (never throws for bad syntax; problems are in
/// <see cref="Diagnostics"/>), render many times with a fresh <see cref="TemplateContext"/> each.
/// </summary>
public sealed class Template
{
    private Template(string sourceName, IReadOnlyList<Diagnostic> diagnostics)
    {
        SourceName = sourceName;
        Diagnostics = diagnostics;
    }

    /// <summary>The name used in error messages (<c>&lt;input&gt;</c> when none was given).</summary>
    public string SourceName { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public static Template Parse(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Template(sourceName ?? "<input>", []);
    }

    /// <summary>Renders with <paramref name="context"/>; throws <see cref="ScriptRuntimeException"/> or <see cref="TemplateParseException"/>.</summary>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw new TemplateParseException(SourceName, Diagnostics);
        }

        throw new NotSupportedException("The evaluator is not wired in yet.");
    }
}

using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Diagnostics;

/// <summary>One problem found while parsing a template.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    /// <summary>Scriban's format: <c>name(line,col) : error : message</c>.</summary>
    public override string ToString()
        => $"{Span} : {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} : {Message}";
}

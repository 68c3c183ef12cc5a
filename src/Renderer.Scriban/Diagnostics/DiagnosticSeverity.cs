namespace Renderer.Scriban.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

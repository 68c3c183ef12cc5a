using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Diagnostics;

/// <summary>Collects parse problems in the order they were found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(SourceSpan span, string message)
    {
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, span, message));
        HasErrors = true;
    }

    public void Warning(SourceSpan span, string message)
        => _items.Add(new Diagnostic(DiagnosticSeverity.Warning, span, message));
}

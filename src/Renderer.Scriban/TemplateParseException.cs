using Renderer.Scriban.Diagnostics;

namespace Renderer.Scriban;

/// <summary>Thrown by <see cref="Template.Render"/> for a template that has parse errors.</summary>
public sealed class TemplateParseException : Exception
{
    public TemplateParseException(string sourceName, IReadOnlyList<Diagnostic> diagnostics)
        : base("This template has errors. Check the <Template.HasError> and <Template.Messages> before evaluating a template. Messages:\n"
            + string.Join("\n", diagnostics))
    {
        SourceName = sourceName;
        Diagnostics = diagnostics;
    }

    public string SourceName { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

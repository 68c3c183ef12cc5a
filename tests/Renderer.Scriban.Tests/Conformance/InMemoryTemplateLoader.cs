using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Conformance;

/// <summary>A loader over a name → text map: the path is the name itself.</summary>
public sealed class InMemoryTemplateLoader(IReadOnlyDictionary<string, string> templates) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => templates.TryGetValue(templatePath, out var text) ? text : null;
}

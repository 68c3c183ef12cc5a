using Renderer.Scriban.Parsing;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// Serves a case's <c>.includes/</c> files: the path of a name is the name itself, and a name
/// the case does not have loads as null (so the engine reports its "cannot be null" error).
/// </summary>
public sealed class InMemoryTemplateLoader(IReadOnlyDictionary<string, string> templates) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.TryGetValue(templatePath, out var text) ? text : null;
}

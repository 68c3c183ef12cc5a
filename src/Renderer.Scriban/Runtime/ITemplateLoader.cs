using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

/// <summary>Resolves and loads the templates named by <c>include</c>.</summary>
public interface ITemplateLoader
{
    /// <summary>The path (cache key) of the template <paramref name="templateName"/>; null when it cannot be resolved.</summary>
    string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>The text at <paramref name="templatePath"/>; null when there is none.</summary>
    string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath);
}

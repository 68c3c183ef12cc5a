using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Runtime;

/// <summary>The body of a <c>wrap</c> statement, run by <c>$$</c> inside the wrapped function.</summary>
internal sealed record BlockDelegate(BlockStatement Body, TemplateSource Source);

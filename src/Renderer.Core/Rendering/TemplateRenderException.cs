using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Rendering;

/// <summary>A template failed while rendering (e.g. a member of null, an unsafe value for <c>nginx.token</c>).</summary>
public sealed class TemplateRenderException : RenderingException
{
    public TemplateRenderException(string templatePath, string message, Exception innerException)
        : base(templatePath, message, innerException)
    {
    }

    /// <summary>
    /// The dependencies read before the error, in first-use order: a change to one of them (a catalog value that
    /// <c>nginx.token</c> refused, say) may fix the render, so they stay watched.
    /// </summary>
    public ImmutableArray<DependencyKey> Used { get; init; } = [];
}

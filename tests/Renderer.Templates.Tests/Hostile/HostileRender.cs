using Renderer.Core.Rendering;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>What one render gave: the text, or the template error that refused it.</summary>
internal sealed record HostileRender(string? Text, TemplateRenderException? Error)
{
    public bool IsRefused => Error is not null;
}

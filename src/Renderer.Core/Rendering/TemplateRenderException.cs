namespace Renderer.Core.Rendering;

/// <summary>A template failed while rendering (e.g. a member of null, an unsafe value for <c>nginx.token</c>).</summary>
public sealed class TemplateRenderException : RenderingException
{
    public TemplateRenderException(string templatePath, string message, Exception innerException)
        : base(templatePath, message, innerException)
    {
    }
}

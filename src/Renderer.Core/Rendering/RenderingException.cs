namespace Renderer.Core.Rendering;

/// <summary>Base of the errors a template causes; the message names the file, line and column.</summary>
public abstract class RenderingException : Exception
{
    protected RenderingException(string templatePath, string message, Exception? innerException)
        : base(message, innerException)
    {
        TemplatePath = templatePath;
    }

    public string TemplatePath { get; }
}

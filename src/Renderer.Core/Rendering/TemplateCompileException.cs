namespace Renderer.Core.Rendering;

/// <summary>A template that cannot be used: unreadable, or with parse errors (all of them, each positioned).</summary>
public sealed class TemplateCompileException : RenderingException
{
    public TemplateCompileException(string templatePath, IReadOnlyList<string> errors, Exception? innerException = null)
        : base(templatePath, string.Join("\n", errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Each problem as <c>file(line,col) : error : message</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}

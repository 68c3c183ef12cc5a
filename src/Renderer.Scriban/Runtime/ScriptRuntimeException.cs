using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// A render error at a template position. <see cref="Exception.Message"/> is Scriban's line
/// <c>name(line,col) : error : message</c>; <see cref="OriginalMessage"/> is the bare message.
/// </summary>
public class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(SourceSpan span, string message)
        : base($"{span} : error : {message}")
    {
        Span = span;
        OriginalMessage = message;
    }

    public ScriptRuntimeException(SourceSpan span, string message, Exception innerException)
        : base($"{span} : error : {message}", innerException)
    {
        Span = span;
        OriginalMessage = message;
    }

    public SourceSpan Span { get; }

    public string OriginalMessage { get; }
}

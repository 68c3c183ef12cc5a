namespace Renderer.Scriban.Runtime;

/// <summary>Internal control flow that must cross host frames untouched (never surfaces to callers).</summary>
internal sealed class ScriptAbortException : Exception
{
    public ScriptAbortException()
        : base("Template execution aborted.")
    {
    }
}

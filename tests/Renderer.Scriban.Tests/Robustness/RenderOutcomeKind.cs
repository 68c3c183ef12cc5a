namespace Renderer.Scriban.Tests.Robustness;

public enum RenderOutcomeKind
{
    Rendered,
    ParseErrors,
    RuntimeError,
}

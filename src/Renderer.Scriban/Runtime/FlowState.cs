namespace Renderer.Scriban.Runtime;

internal enum FlowState
{
    None,
    Break,
    Continue,
    Return,
}

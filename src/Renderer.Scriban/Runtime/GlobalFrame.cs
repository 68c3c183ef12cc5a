namespace Renderer.Scriban.Runtime;

/// <summary>One global object on the stack with the loop-variable layers opened while it was on top.</summary>
internal sealed class GlobalFrame(ScriptObject target)
{
    public ScriptObject Object { get; } = target;

    public List<LoopVariables> Loops { get; } = [];
}

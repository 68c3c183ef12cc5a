namespace Renderer.Scriban.Runtime;

/// <summary>
/// The <c>$</c> scope of a template, include or function call: <c>$name</c> locals, the argument
/// array <c>$</c>, the <c>wrap</c> block <c>$$</c> and loop layers for <c>for $x in …</c>.
/// </summary>
internal sealed class LocalFrame
{
    public ScriptObject Locals { get; } = new();

    public ScriptArray? Arguments { get; set; }

    /// <summary>
    /// The parameters (and new names) of a function declared with a parameter list; visible only
    /// to that call, never to the functions it calls.
    /// </summary>
    public ScriptObject? FunctionScope { get; init; }

    public BlockDelegate? BlockDelegate { get; set; }

    public List<LoopVariables> Loops { get; } = [];
}

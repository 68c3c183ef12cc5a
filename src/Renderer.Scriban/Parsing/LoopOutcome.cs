namespace Renderer.Scriban.Parsing;

internal enum LoopOutcome
{
    /// <summary>The operand is complete; close any pending call with it.</summary>
    Done,

    /// <summary>Parse another operand (the next juxtaposition argument).</summary>
    NextOperand,

    /// <summary>Return the operand as is (it already includes any call).</summary>
    Return,
}

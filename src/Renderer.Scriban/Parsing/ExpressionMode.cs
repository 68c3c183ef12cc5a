namespace Renderer.Scriban.Parsing;

internal enum ExpressionMode
{
    /// <summary>Everything: calls, pipes, named arguments, operators.</summary>
    Default,

    /// <summary>Like <see cref="Default"/> but <c>:</c> ends the expression (branches of <c>?:</c>).</summary>
    NoNamedArgument,

    /// <summary>Only operands with member/indexer access (for variables, named argument values).</summary>
    Basic,

    /// <summary>A <c>when</c> value: a top-level <c>||</c> separates values.</summary>
    When,
}

namespace Renderer.Scriban.Syntax;

public enum UnaryOperator
{
    Not,
    Negate,
    Plus,

    /// <summary><c>@f</c>: the function itself instead of calling it.</summary>
    FunctionAlias,

    /// <summary><c>^list</c>: spreads a list into call arguments.</summary>
    Spread,
}

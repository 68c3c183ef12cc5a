namespace Renderer.Scriban.Syntax;

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideRound,
    Modulus,
    ShiftLeft,
    ShiftRight,
    CompareEqual,
    CompareNotEqual,
    CompareLess,
    CompareLessOrEqual,
    CompareGreater,
    CompareGreaterOrEqual,
    And,
    Or,
    EmptyCoalescing,
    NotEmptyCoalescing,
    RangeInclude,
    RangeExclude,
}

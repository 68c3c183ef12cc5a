namespace Renderer.Scriban.Syntax;

public static class BinaryOperatorText
{
    /// <summary>The operator as written in templates (used in error messages).</summary>
    public static string ToText(this BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.DivideRound => "//",
        BinaryOperator.Modulus => "%",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.CompareEqual => "==",
        BinaryOperator.CompareNotEqual => "!=",
        BinaryOperator.CompareLess => "<",
        BinaryOperator.CompareLessOrEqual => "<=",
        BinaryOperator.CompareGreater => ">",
        BinaryOperator.CompareGreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.EmptyCoalescing => "??",
        BinaryOperator.NotEmptyCoalescing => "?!",
        BinaryOperator.RangeInclude => "..",
        BinaryOperator.RangeExclude => "..<",
        _ => op.ToString(),
    };
}

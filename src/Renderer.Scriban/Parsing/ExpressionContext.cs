namespace Renderer.Scriban.Parsing;

/// <summary>What an expression is being parsed for; changes a few rules (pipes, named arguments, error wording).</summary>
internal sealed record ExpressionContext(SyntaxDescription Syntax, bool IsPipeTarget = false, bool IsNamedArgumentContainer = false, bool IsExpressionStatement = false)
{
    public static readonly ExpressionContext Default = new(SyntaxDescription.ExpressionStatement);

    public List<Syntax.NamedArgumentExpression>? NamedArguments { get; init; }
}

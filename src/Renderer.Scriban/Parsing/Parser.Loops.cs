using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private ForStatement ParseFor(bool isTableRow)
    {
        var start = _current.Start;
        var syntax = isTableRow ? SyntaxDescription.TableRow : SyntaxDescription.For;
        ConsumeKeyword();
        var variable = ExpectAndParseExpression(new ExpressionContext(syntax), mode: ExpressionMode.Basic);
        Expression? iterator = null;
        var named = new List<NamedArgumentExpression>();
        var body = EmptyBlock();
        var owner = new BlockOwner(BlockOwnerKind.For, syntax);
        if (variable is not null)
        {
            if (!IsVariablePath(variable))
            {
                LogError(syntax, variable.Span, $"Expecting a variable instead of `{SourceText(variable.Span)}`");
            }

            if (IsIdentifier(_current, "in"))
            {
                ConsumeKeyword();
            }
            else
            {
                LogError(syntax, SpanOf(_current), $"Expecting 'in' word instead of `{TextOf(_current)}`");
            }

            iterator = ExpectAndParseExpression(new ExpressionContext(syntax, IsNamedArgumentContainer: true) { NamedArguments = named });
            if (ExpectEndOfStatement())
            {
                body = ParseBlock(owner);
            }
        }

        var options = ToForOptions(named, isTableRow);
        return new ForStatement(
            SpanFrom(start),
            variable ?? NullLiteral(),
            iterator ?? NullLiteral(),
            options,
            body,
            owner.Continuation as ElseStatement);
    }

    private ForOptions ToForOptions(List<NamedArgumentExpression> named, bool isTableRow)
    {
        Expression? offset = null, limit = null, columns = null;
        var reversed = false;
        foreach (var argument in named)
        {
            switch (argument.Name)
            {
                case "offset":
                    offset = argument.Value;
                    break;
                case "limit":
                    limit = argument.Value;
                    break;
                case "reversed":
                    reversed = argument.Value is null || argument.Value is LiteralExpression { Value: true };
                    break;
                case "cols" when isTableRow:
                    columns = argument.Value;
                    break;
                default:
                    LogError(argument.Span, $"Unsupported parameter `{argument.Name}` for {(isTableRow ? "tablerow" : "for")} statement");
                    break;
            }
        }

        return new ForOptions(offset, limit, reversed, columns, isTableRow);
    }

    private string SourceText(SourceSpan span)
        => span.End.Offset > span.Start.Offset ? _text[span.Start.Offset..span.End.Offset] : string.Empty;
}

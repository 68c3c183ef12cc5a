using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private Expression? ParseOperand()
    {
        switch (_current.Kind)
        {
            case TokenKind.Identifier:
            case TokenKind.IdentifierSpecial:
                return ParseVariable();
            case TokenKind.Integer:
                return ParseInteger();
            case TokenKind.HexaInteger:
            case TokenKind.BinaryInteger:
                return ParsePrefixedInteger();
            case TokenKind.Float:
                return ParseFloat();
            case TokenKind.String:
                return ParseString();
            case TokenKind.VerbatimString:
                return ParseVerbatimString();
            case TokenKind.InterpolatedString:
                return ParseInterpolatedString();
            case TokenKind.OpenParen:
                return ParseNested();
            case TokenKind.OpenBrace:
                return ParseObjectInitializer();
            case TokenKind.OpenBracket:
                return ParseArrayInitializer();
            case TokenKind.DoublePlus:
            case TokenKind.DoubleMinus:
                return ParsePrefixIncrement();
            case TokenKind.Exclamation:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Arroba:
            case TokenKind.Caret:
                return ParseUnary();
            default:
                return null;
        }
    }

    private bool IsStartOfExpression() => _current.Kind switch
    {
        TokenKind.Identifier or TokenKind.IdentifierSpecial or TokenKind.Integer or TokenKind.HexaInteger
            or TokenKind.BinaryInteger or TokenKind.Float or TokenKind.String or TokenKind.VerbatimString
            or TokenKind.InterpolatedString or TokenKind.OpenParen or TokenKind.OpenBrace or TokenKind.OpenBracket
            or TokenKind.Exclamation or TokenKind.Minus or TokenKind.Plus or TokenKind.Arroba
            or TokenKind.DoublePlus or TokenKind.DoubleMinus or TokenKind.Caret => true,
        _ => false,
    };

    private static bool IsVariablePath(Expression expression)
        => expression is VariableExpression or MemberExpression or IndexerExpression or ThisExpression or NestedExpression;

    private static bool IsNullSafe(Expression expression)
        => expression is MemberExpression { NullSafe: true } or IndexerExpression { NullSafe: true };

    private bool TryGetBinaryOperator(out BinaryOperator op, out int precedence)
    {
        (op, precedence) = _current.Kind switch
        {
            TokenKind.DoubleQuestion => (BinaryOperator.EmptyCoalescing, 20),
            TokenKind.QuestionExclamation => (BinaryOperator.NotEmptyCoalescing, 20),
            TokenKind.DoubleVerticalBar => (BinaryOperator.Or, 30),
            TokenKind.DoubleAmp => (BinaryOperator.And, 40),
            TokenKind.DoubleEqual => (BinaryOperator.CompareEqual, 70),
            TokenKind.ExclamationEqual => (BinaryOperator.CompareNotEqual, 70),
            TokenKind.Less => (BinaryOperator.CompareLess, 80),
            TokenKind.LessEqual => (BinaryOperator.CompareLessOrEqual, 80),
            TokenKind.Greater => (BinaryOperator.CompareGreater, 80),
            TokenKind.GreaterEqual => (BinaryOperator.CompareGreaterOrEqual, 80),
            TokenKind.Plus => (BinaryOperator.Add, 100),
            TokenKind.Minus => (BinaryOperator.Subtract, 100),
            TokenKind.Asterisk => (BinaryOperator.Multiply, 110),
            TokenKind.Divide => (BinaryOperator.Divide, 110),
            TokenKind.DoubleDivide => (BinaryOperator.DivideRound, 110),
            TokenKind.Percent => (BinaryOperator.Modulus, 110),
            TokenKind.DoubleLessThan => (BinaryOperator.ShiftLeft, 110),
            TokenKind.DoubleGreaterThan => (BinaryOperator.ShiftRight, 110),
            TokenKind.DoubleDot => (BinaryOperator.RangeInclude, 130),
            TokenKind.DoubleDotLess => (BinaryOperator.RangeExclude, 130),
            _ => (BinaryOperator.Add, 0),
        };
        return precedence > 0;
    }

    private bool TryGetAssignOperator(out BinaryOperator? op)
    {
        op = null;
        switch (_current.Kind)
        {
            case TokenKind.Equal:
                return true;
            case TokenKind.PlusEqual:
                op = BinaryOperator.Add;
                return true;
            case TokenKind.MinusEqual:
                op = BinaryOperator.Subtract;
                return true;
            case TokenKind.AsteriskEqual:
                op = BinaryOperator.Multiply;
                return true;
            case TokenKind.DivideEqual:
                op = BinaryOperator.Divide;
                return true;
            case TokenKind.DoubleDivideEqual:
                op = BinaryOperator.DivideRound;
                return true;
            case TokenKind.PercentEqual:
                op = BinaryOperator.Modulus;
                return true;
            default:
                return false;
        }
    }

    private Expression ParseUnary()
    {
        var start = _current.Start;
        var op = _current.Kind switch
        {
            TokenKind.Exclamation => UnaryOperator.Not,
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.Arroba => UnaryOperator.FunctionAlias,
            _ => UnaryOperator.Spread,
        };
        NextToken();

        // `@f a` passes f and a separately (array.any @string.contains "20"): no call inside `@`.
        var operand = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Unary), noCall: op == UnaryOperator.FunctionAlias, precedence: 200);
        return new UnaryExpression(SpanFrom(start), op, operand ?? NullLiteral());
    }

    private Expression ParsePrefixIncrement()
    {
        var start = _current.Start;
        var increment = _current.Kind == TokenKind.DoublePlus;
        NextToken();
        var operand = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.IncrementDecrement), precedence: 210);
        if (operand is not null && !IsVariablePath(operand))
        {
            LogError(_current, "The operand of an increment or decrement operator must be a variable, property or indexer");
        }

        return new IncrementDecrementExpression(SpanFrom(start), operand ?? NullLiteral(), increment, false);
    }

    private Expression ParseNested()
    {
        var start = _current.Start;
        NextToken(); // (
        var inner = ExpectAndParseExpression(new ExpressionContext(SyntaxDescription.Nested));
        if (_current.Kind == TokenKind.CloseParen)
        {
            NextToken();
        }
        else if (!_fatal)
        {
            LogError(_current, $"Invalid token `{TextOf(_current)}`. Expecting a closing `)`.");
        }

        return new NestedExpression(SpanFrom(start), inner ?? NullLiteral());
    }
}

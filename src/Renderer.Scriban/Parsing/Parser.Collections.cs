using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    /// <summary><c>[a, b, …]</c>: newlines allowed inside, trailing comma allowed.</summary>
    private ArrayInitializerExpression ParseArrayInitializer()
    {
        var start = _current.Start;
        _allowNewLineLevel++;
        NextToken(); // [
        var items = new List<Expression>();
        var context = new ExpressionContext(SyntaxDescription.ArrayInitializer);
        while (!_fatal && _current.Kind != TokenKind.CloseBracket)
        {
            var item = ExpectAndParseExpression(context);
            if (item is null)
            {
                break;
            }

            items.Add(item);
            if (_current.Kind != TokenKind.Comma)
            {
                break;
            }

            NextToken();
        }

        _allowNewLineLevel--;
        ExpectToken(TokenKind.CloseBracket, "]");
        return new ArrayInitializerExpression(SpanFrom(start), [.. items]);
    }

    /// <summary><c>{a: 1, "b c": 2}</c>: keys are identifiers or strings, insertion order kept.</summary>
    private ObjectInitializerExpression ParseObjectInitializer()
    {
        var start = _current.Start;
        _allowNewLineLevel++;
        NextToken(); // {
        var members = new List<ObjectMember>();
        var hasErrors = false;
        while (!_fatal && _current.Kind != TokenKind.CloseBrace)
        {
            var member = ParseObjectMember();
            if (member is null)
            {
                hasErrors = true;
                break;
            }

            members.Add(member);
            if (_current.Kind != TokenKind.Comma)
            {
                break;
            }

            NextToken();
        }

        _allowNewLineLevel--;
        if (!hasErrors)
        {
            ExpectToken(TokenKind.CloseBrace, "}");
        }

        return new ObjectInitializerExpression(SpanFrom(start), [.. members]);
    }

    private ObjectMember? ParseObjectMember()
    {
        var keyToken = _current;
        string? key = null;
        var identifier = string.Empty;
        if (keyToken.Kind == TokenKind.Identifier)
        {
            var name = ParseVariable();
            if (name is VariableExpression variable)
            {
                key = variable.Name;
                identifier = variable.Name;
            }
            else if (name is LiteralExpression literal)
            {
                LogError(keyToken, $"Invalid literal member `{literal.Value}/{literal.Value?.GetType()}` found for object initializer member name. Only literal string or identifier name are allowed");
                return null;
            }
        }
        else if (keyToken.Kind == TokenKind.String)
        {
            key = (string?)ParseString().Value;
        }
        else
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}` while parsing object initializer. Expecting a simple identifier for the member name.");
            return null;
        }

        if (key is null)
        {
            LogError(keyToken, "Expecting a simple identifier for member names");
            return null;
        }

        if (_current.Kind != TokenKind.Colon)
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}` Expecting a colon : after identifier `{identifier}` for object initializer member name");
            return null;
        }

        NextToken();
        if (!IsStartOfExpression())
        {
            LogError(_current, $"Unexpected token `{TextOf(_current)}`. Expecting an expression for the value of the member.");
            return null;
        }

        var value = ParseExpression(new ExpressionContext(SyntaxDescription.ObjectInitializer));
        return value is null ? null : new ObjectMember(key, value);
    }

    private void ExpectToken(TokenKind kind, string text)
    {
        if (_current.Kind == kind)
        {
            NextToken();
        }
        else if (!_fatal)
        {
            LogError(_current, $"Unexpected token found `{TextOf(_current)}` while expecting `{text}`.");
        }
    }
}

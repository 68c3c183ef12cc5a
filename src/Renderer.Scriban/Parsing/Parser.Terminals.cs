using System.Globalization;
using Renderer.Scriban.Runtime;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private Expression ParseVariable()
    {
        var token = _current;
        var text = TextOf(token);
        switch (text)
        {
            case "null":
                NextToken();
                return new LiteralExpression(SpanOf(token), null);
            case "true":
            case "false":
                NextToken();
                return new LiteralExpression(SpanOf(token), ScriptValue.Box(text == "true"));
            case "do":
                var function = ParseFunction(isAnonymous: true);
                return new AnonymousFunctionExpression(function.Span, function);
            case "this":
                NextToken();
                return new ThisExpression(SpanOf(token));
        }

        NextToken();
        var span = SpanOf(token);
        if (token.Kind == TokenKind.IdentifierSpecial)
        {
            return ParseSpecialVariable(text[1..], span);
        }

        if (text is "for" or "while" or "tablerow" && _current.Kind == TokenKind.Dot)
        {
            CheckLoopVariable(token, text);
        }

        return new VariableExpression(span, string.Intern(text), VariableScope.Global);
    }

    private static Expression ParseSpecialVariable(string name, SourceSpan span)
    {
        if (name.Length == 0)
        {
            return new VariableExpression(span, string.Empty, VariableScope.Arguments);
        }

        if (name == "$")
        {
            return new VariableExpression(span, "$$", VariableScope.BlockDelegate);
        }

        if (int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
        {
            // $0, $1… are $[0], $[1]…
            var arguments = new VariableExpression(span, string.Empty, VariableScope.Arguments);
            return new IndexerExpression(span, arguments, new LiteralExpression(span, ScriptValue.Box(index)), false);
        }

        return new VariableExpression(span, string.Intern(name), VariableScope.Local);
    }

    private void CheckLoopVariable(Token token, string loop)
    {
        var next = PeekToken();
        if (next.Kind != TokenKind.Identifier)
        {
            LogError(token, $"Invalid token `{TextOf(_current)}`. The loop variable <{loop}> dot must be followed by an identifier");
            return;
        }

        var member = TextOf(next);
        switch (member)
        {
            case "first" or "even" or "odd" or "index":
                break;
            case "last" or "changed" or "length" or "rindex":
                if (loop == "while")
                {
                    LogError(token, $"The loop variable <while.{member}> is invalid");
                }

                break;
            case "col":
                if (loop != "tablerow")
                {
                    LogError(token, $"The loop variable <{loop}.col> is invalid");
                }

                break;
            default:
                LogError(token, $"The loop variable <{loop}.{member}> is not supported");
                break;
        }
    }
}

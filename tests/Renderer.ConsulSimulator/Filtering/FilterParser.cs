namespace Renderer.ConsulSimulator.Filtering;

/// <summary>
/// Recursive-descent parser for the go-bexpr grammar of spec §3.1: <c>or</c> binds loosest, then
/// <c>and</c>, then <c>not</c>; parentheses group; matching expressions as listed in <see cref="MatchOperator"/>.
/// </summary>
internal sealed class FilterParser
{
    private readonly IReadOnlyList<FilterToken> _tokens;
    private int _position;

    private FilterParser(IReadOnlyList<FilterToken> tokens) => _tokens = tokens;

    private FilterToken Current => _tokens[_position];

    public static FilterExpression Parse(string text)
    {
        var parser = new FilterParser(FilterLexer.Tokenize(text));
        var expression = parser.ParseOr();
        if (parser.Current.Kind != FilterTokenKind.End)
        {
            throw parser.Expected("\"and\", \"or\" or end of input");
        }

        return expression;
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsKeyword("or"))
        {
            _position++;
            left = new OrExpression(left, ParseAnd());
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsKeyword("and"))
        {
            _position++;
            left = new AndExpression(left, ParseNot());
        }

        return left;
    }

    private FilterExpression ParseNot()
    {
        if (Current.IsKeyword("not"))
        {
            _position++;
            return new NotExpression(ParseNot());
        }

        return ParsePrimary();
    }

    private FilterExpression ParsePrimary()
    {
        if (Current.Kind == FilterTokenKind.OpenParen)
        {
            _position++;
            var inner = ParseOr();
            Expect(FilterTokenKind.CloseParen, "\")\"");
            return inner;
        }

        if (Current.IsKeyword("any") || Current.IsKeyword("all"))
        {
            throw FilterException.NotSupported($"\"{Current.Text}\" collection expressions are not implemented");
        }

        if (Current.Kind is FilterTokenKind.String or FilterTokenKind.Number)
        {
            return ParseValueInSelector();
        }

        if (Current.Kind == FilterTokenKind.Identifier)
        {
            return ParseSelectorMatch();
        }

        throw Expected("\"(\", \"not\", a selector or a value");
    }

    // "value" in Selector, "value" not in Selector
    private MatchExpression ParseValueInSelector()
    {
        var value = _tokens[_position++].Text;
        var negated = Accept("not");
        if (!Accept("in"))
        {
            throw Expected("\"in\" or \"not in\"");
        }

        var (parts, text) = ParseSelector();
        return new MatchExpression(parts, text, negated ? MatchOperator.NotContains : MatchOperator.Contains, value);
    }

    private MatchExpression ParseSelectorMatch()
    {
        var (parts, text) = ParseSelector();
        switch (Current.Kind)
        {
            case FilterTokenKind.Equal:
                _position++;
                return new MatchExpression(parts, text, MatchOperator.Equal, ParseValue());
            case FilterTokenKind.NotEqual:
                _position++;
                return new MatchExpression(parts, text, MatchOperator.NotEqual, ParseValue());
        }

        if (Accept("is"))
        {
            var notEmpty = Accept("not");
            return Accept("empty")
                ? new MatchExpression(parts, text, notEmpty ? MatchOperator.IsNotEmpty : MatchOperator.IsEmpty, null)
                : throw Expected("\"empty\"");
        }

        var negated = Accept("not");
        if (Accept("contains"))
        {
            return new MatchExpression(parts, text, negated ? MatchOperator.NotContains : MatchOperator.Contains, ParseValue());
        }

        if (Accept("matches"))
        {
            return new MatchExpression(parts, text, negated ? MatchOperator.NotMatches : MatchOperator.Matches, ParseValue());
        }

        throw Expected("\"==\", \"!=\", \"is\", \"contains\", \"matches\" or \"not\"");
    }

    private (IReadOnlyList<string> Parts, string Text) ParseSelector()
    {
        var identifier = _tokens[_position++];
        var parts = identifier.Text.Split('.').ToList();
        if (parts.Any(p => p.Length == 0))
        {
            throw FilterException.Invalid(FilterLexer.Position(identifier.Offset) + $"Invalid selector \"{identifier.Text}\"");
        }

        var text = identifier.Text;
        while (Current.Kind == FilterTokenKind.OpenBracket)
        {
            _position++;
            if (Current.Kind != FilterTokenKind.String)
            {
                throw Expected("a quoted map key");
            }

            var key = _tokens[_position++].Text;
            Expect(FilterTokenKind.CloseBracket, "\"]\"");
            parts.Add(key);
            text += $"[\"{key}\"]";
        }

        return (parts, text);
    }

    private string ParseValue()
    {
        if (Current.Kind is FilterTokenKind.String or FilterTokenKind.Number or FilterTokenKind.Identifier)
        {
            return _tokens[_position++].Text;
        }

        throw Expected("a value");
    }

    private bool Accept(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(FilterTokenKind kind, string description)
    {
        if (Current.Kind != kind)
        {
            throw Expected(description);
        }

        _position++;
    }

    private FilterException Expected(string what) =>
        FilterException.Invalid(FilterLexer.Position(Current.Offset) + $"no match found, expected: {what}");
}

using System.Text;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>Splits a filter into tokens: dotted identifiers, "…" and `…` strings, numbers, <c>== != ( ) [ ]</c>.</summary>
internal static class FilterLexer
{
    public static IReadOnlyList<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, i));
                return tokens;
            }

            tokens.Add(Next(text, ref i));
        }
    }

    private static FilterToken Next(string text, ref int i)
    {
        var start = i;
        var c = text[i];
        switch (c)
        {
            case '(': i++; return new(FilterTokenKind.OpenParen, "(", start);
            case ')': i++; return new(FilterTokenKind.CloseParen, ")", start);
            case '[': i++; return new(FilterTokenKind.OpenBracket, "[", start);
            case ']': i++; return new(FilterTokenKind.CloseBracket, "]", start);
            case '"' or '`': return new(FilterTokenKind.String, ReadString(text, ref i), start);
        }

        if ((c == '=' || c == '!') && i + 1 < text.Length && text[i + 1] == '=')
        {
            i += 2;
            return new(c == '=' ? FilterTokenKind.Equal : FilterTokenKind.NotEqual, text[start..i], start);
        }

        if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return ReadNumber(text, ref i);
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or '/'))
            {
                i++;
            }

            return new(FilterTokenKind.Identifier, text[start..i], start);
        }

        throw FilterException.Invalid(Position(start) + $"no match found, unexpected \"{c}\"");
    }

    private static FilterToken ReadNumber(string text, ref int i)
    {
        var start = i;
        i++;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        var number = text[start..i];
        if (number.Count(ch => ch == '.') > 1 || number.EndsWith('.'))
        {
            throw FilterException.Invalid(Position(start) + $"Invalid number literal \"{number}\"");
        }

        return new(FilterTokenKind.Number, number, start);
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (quote == '"' && text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
            }
            else
            {
                value.Append(text[i]);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw FilterException.Invalid(Position(start) + "no match found, unterminated string literal");
        }

        i++;
        return value.ToString();
    }

    /// <summary>pigeon's position prefix as go-bexpr reports it: <c>line:column (offset): </c>.</summary>
    public static string Position(int offset) => $"1:{offset + 1} ({offset}): ";
}

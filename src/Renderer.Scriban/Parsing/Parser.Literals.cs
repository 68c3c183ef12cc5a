using System.Globalization;
using System.Numerics;
using System.Text;
using Renderer.Scriban.Runtime;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed partial class Parser
{
    private LiteralExpression ParseInteger()
    {
        var token = _current;
        var text = TextOf(token).Replace("_", string.Empty, StringComparison.Ordinal);
        NextToken();
        const NumberStyles style = NumberStyles.Integer | NumberStyles.AllowExponent;
        if (long.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
        {
            return new LiteralExpression(SpanOf(token), ScriptValue.FromLong(value));
        }

        if (BigInteger.TryParse(text, style, CultureInfo.InvariantCulture, out var big))
        {
            return new LiteralExpression(SpanOf(token), big);
        }

        LogError(token, $"Unable to parse the integer {text}");
        return new LiteralExpression(SpanOf(token), null);
    }

    private LiteralExpression ParsePrefixedInteger()
    {
        var token = _current;
        var hexadecimal = token.Kind == TokenKind.HexaInteger;
        var text = TextOf(token)[2..].Replace("_", string.Empty, StringComparison.Ordinal);
        NextToken();
        var unsigned = text.EndsWith('u') || text.EndsWith('U');
        if (unsigned)
        {
            text = text[..^1];
        }

        var number = BigInteger.Zero;
        foreach (var c in text)
        {
            number = hexadecimal ? (number << 4) | HexValue(c) : (number << 1) | (c == '1' ? 1 : 0);
        }

        object value = number <= uint.MaxValue
            ? (unsigned ? (long)(uint)number : unchecked((int)(uint)number))
            : number <= ulong.MaxValue
                ? (unsigned ? number : unchecked((long)(ulong)number))
                : number;
        return new LiteralExpression(SpanOf(token), value);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private LiteralExpression ParseFloat()
    {
        var token = _current;
        var text = TextOf(token);
        NextToken();
        var suffix = text[^1];
        object? value = null;
        if (suffix is 'f' or 'F')
        {
            if (float.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var f))
            {
                value = f;
            }
        }
        else if (suffix is 'm' or 'M')
        {
            if (decimal.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
            {
                value = m;
            }
        }
        else if (double.TryParse(suffix is 'd' or 'D' ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            value = d;
        }

        if (value is null)
        {
            LogError(token, $"Unable to parse double value `{text}`");
        }

        return new LiteralExpression(SpanOf(token), value);
    }

    private LiteralExpression ParseString()
    {
        var token = _current;
        var value = Unescape(token.Start.Offset + 1, token.End.Offset - 1, token, interpolated: false);
        NextToken();
        return new LiteralExpression(SpanOf(token), value);
    }

    /// <summary>Decodes the escapes of a string literal's content [start, end).</summary>
    private string Unescape(int start, int end, Token token, bool interpolated)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            i++;
            c = _text[i];
            switch (c)
            {
                case '0': builder.Append('\0'); break;
                case '\n': break;
                case '\r':
                    if (i + 1 < end && _text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\'' or '"' or '\\': builder.Append(c); break;
                case '{' or '}' when interpolated: builder.Append(c); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case 'u' when i + 4 < end + 1 && IsHexRun(i + 1, 4):
                    builder.Append((char)ParseHex(i + 1, 4));
                    i += 4;
                    break;
                case 'x' when i + 2 < end + 1 && IsHexRun(i + 1, 2):
                    builder.Append((char)ParseHex(i + 1, 2));
                    i += 2;
                    break;
                default:
                    LogError(token, $"Unexpected escape character `{c}` in string");
                    break;
            }
        }

        return builder.ToString();
    }

    private bool IsHexRun(int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (i >= _text.Length || !char.IsAsciiHexDigit(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int ParseHex(int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value << 4) | HexValue(_text[i]);
        }

        return value;
    }

    private LiteralExpression ParseVerbatimString()
    {
        var token = _current;
        var content = _text[(token.Start.Offset + 1)..(token.End.Offset - 1)];
        NextToken();
        return new LiteralExpression(SpanOf(token), content.Replace("``", "`", StringComparison.Ordinal));
    }
}

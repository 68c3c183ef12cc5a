using System.Text;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Splits an nginx configuration into tokens the way nginx's reader does (ngx_conf_read_token in ngx_conf_file.c):
/// whitespace is space, tab, CR and LF; <c>;</c> <c>{</c> <c>}</c> and <c>#</c> are special only where a token starts;
/// a bare word ends at whitespace, <c>;</c> or a <c>{</c> that does not follow <c>$</c>; a backslash keeps the next
/// character in the word; a quoted string must be followed by whitespace, <c>;</c> or <c>{</c>.
/// </summary>
internal static class NginxTokenizer
{
    public static IReadOnlyList<NginxToken> Tokenize(string text)
    {
        var tokens = new List<NginxToken>();
        var line = 1;
        var index = 0;
        while (index < text.Length)
        {
            var character = text[index];
            switch (character)
            {
                case '\n':
                    line++;
                    index++;
                    break;
                case ' ' or '\t' or '\r':
                    index++;
                    break;
                case ';':
                    tokens.Add(new(NginxTokenKind.Semicolon, ";", line));
                    index++;
                    break;
                case '{':
                    tokens.Add(new(NginxTokenKind.OpenBrace, "{", line));
                    index++;
                    break;
                case '}':
                    tokens.Add(new(NginxTokenKind.CloseBrace, "}", line));
                    index++;
                    break;
                case '#':
                    var end = text.IndexOf('\n', index);
                    end = end < 0 ? text.Length : end;
                    tokens.Add(new(NginxTokenKind.Comment, text[index..end], line));
                    index = end;
                    break;
                case '"' or '\'':
                    index = ReadQuoted(text, index, line, tokens);
                    break;
                default:
                    index = ReadWord(text, index, line, tokens);
                    break;
            }
        }

        return tokens;
    }

    private static int ReadQuoted(string text, int start, int line, List<NginxToken> tokens)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var index = start + 1;
        for (; index < text.Length && text[index] != quote; index++)
        {
            if (text[index] == '\\' && index + 1 < text.Length)
            {
                index++;
            }

            builder.Append(text[index]);
        }

        if (index >= text.Length)
        {
            throw new NginxStructureException($"line {line}: the {quote} string is not closed.");
        }

        index++;
        if (index < text.Length && text[index] is not (' ' or '\t' or '\r' or '\n' or ';' or '{'))
        {
            throw new NginxStructureException($"line {line}: unexpected {HostileDisplay.Quote(text[index].ToString())} after a quoted string.");
        }

        tokens.Add(new(NginxTokenKind.Quoted, builder.ToString(), line));
        return index;
    }

    private static int ReadWord(string text, int start, int line, List<NginxToken> tokens)
    {
        var index = start;
        for (; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\\')
            {
                index++;
                continue;
            }

            if (character is ' ' or '\t' or '\r' or '\n' or ';' || (character == '{' && (index == start || text[index - 1] != '$')))
            {
                break;
            }
        }

        index = Math.Min(index, text.Length);
        tokens.Add(new(NginxTokenKind.Word, text[start..index], line));
        return index;
    }
}

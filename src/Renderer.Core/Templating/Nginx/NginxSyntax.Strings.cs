using System.Globalization;
using System.Text;
using Renderer.Core.Catalog;

namespace Renderer.Core.Templating.Nginx;

/// <summary><c>nginx.token</c> and <c>nginx.quote</c>.</summary>
public static partial class NginxSyntax
{
    /// <summary>The longest word <see cref="Token"/> or <see cref="Quote"/> writes, in bytes of UTF-8 (quotes and escapes included).</summary>
    public const int MaxWordBytes = 4000;

    /// <summary>
    /// <paramref name="value"/> unchanged when nginx reads it as one bare word with no special meaning;
    /// otherwise refused. Refused: the empty string, whitespace, <c>; { } " ' # $ \</c>, control characters,
    /// invisible format characters (e.g. U+200B, U+202E) and unpaired surrogates. Other Unicode text is allowed,
    /// up to <see cref="MaxWordBytes"/> bytes of UTF-8.
    /// </summary>
    /// <exception cref="NginxSyntaxException">The value is not safe as a bare word; the message names the character or the length.</exception>
    public static string Token(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new NginxSyntaxException("nginx.token", value,
                "nginx.token: the empty string is not an nginx word; use nginx.quote to write \"\".");
        }

        for (var index = 0; index < value.Length; index++)
        {
            if (char.IsSurrogatePair(value, index))
            {
                index++;
                continue;
            }

            if (TokenProblem(value[index]) is { } problem)
            {
                throw new NginxSyntaxException("nginx.token", value,
                    $"nginx.token: {ValueDisplay.Quote(value)} is not safe as a bare nginx word: " +
                    $"{ValueDisplay.Character(value[index])} at index {Index(index)} {problem}; " +
                    "use nginx.quote to write arbitrary text as a quoted string.");
            }
        }

        RefuseTooLong("nginx.token", value, value);
        return value;
    }

    /// <summary>
    /// <paramref name="value"/> as a double-quoted nginx string with <c>"</c> and <c>\</c> escaped by a backslash.
    /// Control characters and unpaired surrogates are refused: nginx would keep a raw newline or tab inside the
    /// string, which is never what a catalog value means.
    /// </summary>
    /// <remarks>
    /// nginx has no escape for <c>$</c>: in a directive that expands variables, <c>"$host"</c> is still the
    /// variable. Quoting keeps the value one argument; it does not stop variable expansion.
    /// </remarks>
    /// <exception cref="NginxSyntaxException">
    /// The value holds a control character or an unpaired surrogate, or is longer than <see cref="MaxWordBytes"/> as written.
    /// </exception>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (char.IsSurrogatePair(value, index))
            {
                builder.Append(character).Append(value[++index]);
                continue;
            }

            if (char.IsControl(character) || char.IsSurrogate(character))
            {
                var what = char.IsSurrogate(character) ? "an unpaired surrogate" : "the control character";
                throw new NginxSyntaxException("nginx.quote", value,
                    $"nginx.quote: {ValueDisplay.Quote(value)} contains {what} {ValueDisplay.Character(character)} " +
                    $"at index {Index(index)}; a rendered nginx string must not contain control characters.");
            }

            builder.Append(character is '"' or '\\' ? "\\" : "").Append(character);
        }

        var quoted = builder.Append('"').ToString();
        RefuseTooLong("nginx.quote", value, quoted);
        return quoted;
    }

    // nginx reads each word of a configuration file into one 4096-byte buffer (NGX_CONF_BUFFER in
    // ngx_conf_file.c): a word or quoted string that does not fit fails `nginx -t` with "too long parameter"
    // (nginx 1.22 reads a 4,094-byte word and refuses a 4,095-byte one). The limit leaves room for the text a
    // template writes around a value in the same word, as in upstream-NAME or http://NAME.
    private static void RefuseTooLong(string function, string value, string written)
    {
        var bytes = Encoding.UTF8.GetByteCount(written);
        if (bytes > MaxWordBytes)
        {
            throw new NginxSyntaxException(function, value,
                $"{function}: {ValueDisplay.Quote(value)} is {Index(bytes)} bytes long as written; nginx reads a word of " +
                $"at most about 4 KiB, so at most {Index(MaxWordBytes)} bytes are accepted.");
        }
    }

    private static string? TokenProblem(char character) => character switch
    {
        ';' => "ends a directive",
        '{' => "opens a block",
        '}' => "closes a block",
        '"' or '\'' => "starts a quoted string",
        '#' => "starts a comment",
        '$' => "starts a variable",
        '\\' => "starts an escape",
        _ when char.IsWhiteSpace(character) => "is whitespace, which separates words",
        _ when char.IsControl(character) => "is a control character",
        _ when char.IsSurrogate(character) => "is an unpaired surrogate",
        _ when char.GetUnicodeCategory(character) == UnicodeCategory.Format => "is an invisible format character",
        _ => null,
    };

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}

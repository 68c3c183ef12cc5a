using System.Text;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Builds random template text from a small grammar of raw-text pieces, tag markers and code
/// tokens. Seeded, so a failing template can be regenerated from its index; most results are
/// invalid on purpose, a fair share parse and run.
/// </summary>
public sealed class RandomTemplateGenerator(int seed)
{
    private static readonly string[] RawPieces =
        ["a", "text ", " ", "  ", "\n", "\r\n", "\t", "{", "}", "%", "{%{ raw }%}", "{%%{ }%} }%%}", "$"];

    private static readonly string[] Openers = ["{{", "{{", "{{-", "{{~"];

    private static readonly string[] Closers = ["}}", "}}", "-}}", "~}}", ""];

    private static readonly string[] CodeTokens =
    [
        "x", "y", "s", "i", "services", "s.name", "s.tags", "s.instances", "i.address", "x.y.z", "x?.y", "o", "l", "l[0]", "l[-1]",
        "for", "in", "if", "else", "else if", "end", "while", "break", "continue", "func", "ret", "capture", "case", "when",
        "with", "readonly", "import", "wrap", "do", "include", "this", "empty", "blank", "null", "true", "false", "tablerow",
        "$", "$0", "$1", "$x", "$$", "for.index", "for.last", "for.bad", "while.index",
        "0", "1", "-1", "2147483647", "9223372036854775807", "1e40", "1.5", "0xff", "0b101", "1_0", "2.5m", "1f", "3..1", "1..<4",
        "'a'", "\"b\"", "`c`", "$\"i{1}\"", "\"\\n\"", "\"\\q\"", "'unterminated", "\"\\u00\"",
        "+", "-", "*", "/", "//", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "??", "?!", "?", ":", "=", "+=",
        "..", "..<", "|", "@", "^", ".", "?.", "[", "]", "(", ")", "{", "}", ",", ";", "#", "##", "<<", ">>", "++", "--", "&",
        "limit:", "offset:", "reversed", "\n", " ",
        "string.upcase", "string.split ','", "array.size", "array.sort", "array.join ','", "math.plus 1", "object.keys",
        "regex.match `a`", "date.parse '2016/01/05'", "array.filter @(do; ret $0; end)", "array.cycle", "object.eval '1+'",
        "include 'part'", "include 'self'", "include 'missing'", "include_join ['part', 'part'] ','",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var builder = new StringBuilder();
        var inCode = false;
        var steps = _random.Next(1, 40);
        for (var step = 0; step < steps; step++)
        {
            if (_random.Next(8) == 0)
            {
                builder.Append(inCode ? Pick(Closers) : Pick(Openers));
                inCode = !inCode;
                continue;
            }

            builder.Append(inCode ? Pick(CodeTokens) + (_random.Next(3) == 0 ? "" : " ") : Pick(RawPieces));
        }

        return builder.ToString();
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];
}

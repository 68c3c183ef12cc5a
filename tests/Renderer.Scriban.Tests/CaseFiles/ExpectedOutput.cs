using System.Text.RegularExpressions;

namespace Renderer.Scriban.Tests.CaseFiles;

/// <summary>
/// What a case must produce. A pattern is the exact text except that each <c>…</c> (U+2026)
/// matches any run of characters; it is used where the spec leaves part of a message or a
/// position unspecified, so that the case pins what is known without guessing the rest.
/// </summary>
public sealed record ExpectedOutput(string Text, bool IsPattern)
{
    public const char Wildcard = '…';

    public bool Matches(string actual)
    {
        if (!IsPattern)
        {
            return string.Equals(Text, actual, StringComparison.Ordinal);
        }

        var pattern = @"\A" + string.Join(@"[\s\S]*?", Text.Split(Wildcard).Select(Regex.Escape)) + @"\z";
        return Regex.IsMatch(actual, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }
}

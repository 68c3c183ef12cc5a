namespace Renderer.Scriban.Functions;

/// <summary>
/// Compares strings the way .NET's invariant culture does with ICU (Scriban's <c>array.sort</c> uses
/// the default comparer, which is culture-aware): letters compare case-insensitively first, lower case
/// before upper case only to break ties, punctuation before digits before letters.
/// </summary>
/// <remarks>
/// This repository runs with InvariantGlobalization, where .NET's culture-aware comparisons degrade to
/// ordinal ones (<c>"A" &lt; "a" &lt; "b"</c>), so the collation is emulated here: the ASCII order is
/// the Unicode root collation's (<c>['b','B','a','A']</c> sorts to <c>["a", "A", "b", "B"]</c> and
/// <c>['10','9','100']</c> to <c>["10", "100", "9"]</c>, as observed on Scriban 7.2.6). Characters
/// beyond ASCII sort after ASCII letters by their lower-case code point; accents are not folded.
/// </remarks>
public sealed class CultureStringComparer : IComparer<string?>
{
    public static readonly CultureStringComparer Instance = new();

    // Root collation order of the ASCII punctuation and symbols (they all sort before digits).
    private const string SymbolOrder = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

    private const int Ignorable = -1;

    private static readonly int[] AsciiPrimary = CreateAsciiPrimary();

    private CultureStringComparer()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var primary = CompareLevel(x, y, Primary);
        return primary != 0 ? primary : CompareLevel(x, y, Tertiary);
    }

    private static int Primary(char c) => c < 128 ? AsciiPrimary[c] : 0x1000 + char.ToLowerInvariant(c);

    private static int Tertiary(char c) => Primary(c) == Ignorable ? Ignorable : char.IsUpper(c) ? 1 : 0;

    // Compares the sequences of weights of both strings, skipping ignorable characters; a string
    // that is a prefix of the other sorts first.
    private static int CompareLevel(string x, string y, Func<char, int> weight)
    {
        int i = 0, j = 0;
        while (true)
        {
            var wx = Next(x, ref i, weight);
            var wy = Next(y, ref j, weight);
            if (wx != wy)
            {
                return wx < wy ? -1 : 1;
            }

            if (wx == Ignorable)
            {
                return 0;
            }
        }
    }

    private static int Next(string text, ref int index, Func<char, int> weight)
    {
        while (index < text.Length)
        {
            var w = weight(text[index++]);
            if (w != Ignorable)
            {
                return w;
            }
        }

        return Ignorable;
    }

    private static int[] CreateAsciiPrimary()
    {
        var weights = new int[128];
        Array.Fill(weights, Ignorable);
        var next = 1;
        foreach (var c in "\t\n\v\f\r " + SymbolOrder + "0123456789")
        {
            weights[c] = next++;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            weights[c] = next;
            weights[char.ToUpperInvariant(c)] = next;
            next++;
        }

        return weights;
    }
}

namespace Renderer.Cli.Configuration;

/// <summary>Finds the known key a mistyped one was meant to be ("destinaton", "commandTimeout", "log-level").</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// The known key equal to <paramref name="key"/> when case and separators (<c>_</c>, <c>-</c>) are ignored,
    /// else the one within edit distance 2 (1 for short keys); null when nothing is close.
    /// </summary>
    public static string? Closest(string key, IReadOnlyList<string> known)
    {
        var normalized = Normalize(key);
        var exact = known.FirstOrDefault(candidate => Normalize(candidate) == normalized);
        if (exact is not null)
        {
            return exact;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var allowed = candidate.Length <= 4 ? 1 : 2;
            var distance = EditDistance(normalized, Normalize(candidate));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static string Normalize(string key) =>
        new(key.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant).ToArray());

    // Levenshtein distance, two rows.
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

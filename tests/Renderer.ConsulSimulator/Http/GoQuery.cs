using System.Text;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// A query string read the way Go's <c>url.ParseQuery</c> reads it: keys are case-sensitive
/// (<c>?Stale</c> is not <c>?stale</c>), a flag is present even with an empty value, <c>Get</c> returns the
/// first value, and a semicolon separator or a bad escape is an error (Consul then answers 500, empty body).
/// </summary>
internal sealed class GoQuery
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private GoQuery()
    {
    }

    /// <summary>False when Go's parser would have reported an error for this raw query.</summary>
    public bool IsValid { get; private set; } = true;

    public static GoQuery Parse(string rawQuery)
    {
        var query = new GoQuery();
        var text = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            if (pair.Contains(';'))
            {
                query.IsValid = false;
                continue;
            }

            var equals = pair.IndexOf('=');
            var rawKey = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (!TryUnescape(rawKey, out var key) || !TryUnescape(rawValue, out var value))
            {
                query.IsValid = false;
                continue;
            }

            if (!query._values.TryGetValue(key, out var list))
            {
                list = [];
                query._values[key] = list;
            }

            list.Add(value);
        }

        return query;
    }

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The first value, or the empty string when absent (Go's <c>Values.Get</c>).</summary>
    public string Get(string key) => _values.TryGetValue(key, out var list) && list.Count > 0 ? list[0] : string.Empty;

    public IReadOnlyList<string> GetAll(string key) => _values.TryGetValue(key, out var list) ? list : [];

    /// <summary>Re-encodes the query with sorted keys, as Go's <c>Values.Encode</c> does (used in one error text).</summary>
    public string Encode()
    {
        var builder = new StringBuilder();
        foreach (var key in _values.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var value in _values[key])
            {
                if (builder.Length > 0)
                {
                    builder.Append('&');
                }

                builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return builder.ToString();
    }

    private static bool TryUnescape(string text, out string result)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    result = string.Empty;
                    return false;
                }

                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        result = Encoding.UTF8.GetString(bytes.ToArray());
        return true;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}

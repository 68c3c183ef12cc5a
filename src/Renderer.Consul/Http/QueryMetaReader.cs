using System.Globalization;
using System.Net.Http.Headers;

namespace Renderer.Consul.Http;

/// <summary>
/// Reads <see cref="QueryMeta"/> from response headers (spec §10.3) through the non-validating header view, which
/// neither parses nor allocates for headers that are absent. Malformed numbers read as absent.
/// </summary>
internal static class QueryMetaReader
{
    public static QueryMeta Read(HttpResponseMessage response, TimeSpan requestTime)
    {
        var headers = response.Headers.NonValidated;
        return new QueryMeta
        {
            LastIndex = ReadNumber(headers, "X-Consul-Index") ?? 0,
            KnownLeader = ReadString(headers, "X-Consul-KnownLeader") == "true",
            LastContact = Milliseconds(ReadNumber(headers, "X-Consul-LastContact") ?? 0),
            ConsistencyLevel = ReadString(headers, "X-Consul-Effective-Consistency"),
            CacheHit = string.Equals(ReadString(headers, "X-Cache"), "HIT", StringComparison.OrdinalIgnoreCase),
            CacheAge = ReadNumber(headers, "Age") is { } age ? Seconds(age) : null,
            QueryBackend = ReadString(headers, "X-Consul-Query-Backend"),
            LastContentHash = ReadString(headers, "X-Consul-ContentHash"),
            DefaultAclPolicy = ReadString(headers, "X-Consul-Default-ACL-Policy"),
            ResultsFilteredByAcls = ReadString(headers, "X-Consul-Results-Filtered-By-ACLs") == "true",
            AddressTranslationEnabled = ReadString(headers, "X-Consul-Translate-Addresses") == "true",
            RequestTime = requestTime,
        };
    }

    private static string ReadString(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.ToString().Trim() : "";

    private static ulong? ReadNumber(HttpHeadersNonValidated headers, string name) =>
        ulong.TryParse(ReadString(headers, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    // A misbehaving server must not make reading the headers throw.
    private static TimeSpan Milliseconds(ulong value) =>
        value >= (ulong)TimeSpan.MaxValue.TotalMilliseconds ? TimeSpan.MaxValue : TimeSpan.FromMilliseconds(value);

    private static TimeSpan Seconds(ulong value) =>
        value >= (ulong)TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(value);
}

using Renderer.Consul.Http;
using Renderer.Consul.Models;
using Json = Renderer.Consul.Serialization.ConsulJsonContext;

namespace Renderer.Consul;

public sealed partial class ConsulClient
{
    /// <summary>
    /// <c>GET /v1/kv/:key</c> (spec §6.9). A missing key is a <c>null</c> value with the index Consul sent, not an
    /// error, so it can be watched until it appears.
    /// </summary>
    public async Task<QueryResult<KvPair?>> GetKeyAsync(
        string key, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build(ApiPath.ForKey(key, allowEmpty: false), options, notFoundIsEmpty: true);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListKvPair, cancellationToken).ConfigureAwait(false);
        return new(value is { Count: > 0 } ? value[0] : null, meta);
    }

    /// <summary>
    /// <c>GET /v1/kv/:prefix?recurse</c>: every entry whose key starts with <paramref name="prefix"/> (a string prefix:
    /// <c>a/b</c> also matches <c>a/bc</c>), sorted by key; none → empty list. <c>""</c> reads the whole store.
    /// </summary>
    public async Task<QueryResult<IReadOnlyList<KvPair>>> GetKeyTreeAsync(
        string prefix, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build(
            ApiPath.ForKey(prefix, allowEmpty: true), options, new EndpointQuery { Recurse = true }, notFoundIsEmpty: true);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListKvPair, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }

    /// <summary>
    /// <c>GET /v1/kv/:prefix?keys[&amp;separator=]</c>: key names under <paramref name="prefix"/>, sorted; with a
    /// separator, names stop after its next occurrence (<c>a/x</c>, <c>a/y/</c>). None → empty list.
    /// </summary>
    public async Task<QueryResult<IReadOnlyList<string>>> GetKeyNamesAsync(
        string prefix, string? separator = null, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build(
            ApiPath.ForKey(prefix, allowEmpty: true),
            options,
            new EndpointQuery { Keys = true, Separator = separator },
            notFoundIsEmpty: true);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListString, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }
}

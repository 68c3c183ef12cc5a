using System.Collections.ObjectModel;
using Renderer.Consul.Http;
using Renderer.Consul.Models;
using Json = Renderer.Consul.Serialization.ConsulJsonContext;

namespace Renderer.Consul;

public sealed partial class ConsulClient
{
    /// <summary>
    /// <c>GET /v1/catalog/services</c>: service name → union of its instances' tags (spec §6.1). Blocking index:
    /// any service-table change, so compare content.
    /// </summary>
    public async Task<QueryResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>> GetCatalogServicesAsync(
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build("/v1/catalog/services", options);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyDictionaryStringIReadOnlyListString, cancellationToken)
            .ConfigureAwait(false);
        return new(value ?? ReadOnlyDictionary<string, IReadOnlyList<string>>.Empty, meta);
    }

    /// <summary>
    /// <c>GET /v1/catalog/service/:service</c> (spec §6.2); unknown service → empty list. Order is Consul's: sort if
    /// it matters.
    /// </summary>
    /// <param name="tags">Instances must carry all of them (case-insensitive); one <c>tag=</c> each.</param>
    public async Task<QueryResult<IReadOnlyList<ServiceNode>>> GetCatalogServiceAsync(
        string service,
        IReadOnlyList<string>? tags = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var path = ApiPath.WithName("/v1/catalog/service/", service, "service");
        var request = _requests.Build(path, options, new EndpointQuery { Tags = tags });
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListServiceNode, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }

    /// <summary><c>GET /v1/catalog/nodes</c> (spec §6.6).</summary>
    public async Task<QueryResult<IReadOnlyList<Node>>> GetCatalogNodesAsync(
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build("/v1/catalog/nodes", options);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListNode, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }

    /// <summary><c>GET /v1/catalog/node/:node</c> (spec §6.7); an unknown node is <c>null</c> (Consul answers 200 null).</summary>
    public async Task<QueryResult<CatalogNode?>> GetCatalogNodeAsync(
        string node, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = ApiPath.WithName("/v1/catalog/node/", node, "node");
        var request = _requests.Build(path, options);
        var (value, meta) = await ReadAsync(request, Json.Default.CatalogNode, cancellationToken).ConfigureAwait(false);
        return new(value, meta);
    }

    /// <summary><c>GET /v1/catalog/datacenters</c> (spec §6.8): no index; works without a leader.</summary>
    public async Task<QueryResult<IReadOnlyList<string>>> GetDatacentersAsync(
        QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = _requests.Build("/v1/catalog/datacenters", options);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListString, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }
}

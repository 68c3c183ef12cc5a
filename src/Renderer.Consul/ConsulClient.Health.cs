using Renderer.Consul.Http;
using Renderer.Consul.Models;
using Json = Renderer.Consul.Serialization.ConsulJsonContext;

namespace Renderer.Consul;

public sealed partial class ConsulClient
{
    /// <summary>
    /// <c>GET /v1/health/service/:service</c> (spec §6.3): instances with their node and checks; unknown service →
    /// empty list. <paramref name="passingOnly"/> removes instances with any non-passing check and reorders the rest,
    /// so sort if order matters.
    /// </summary>
    /// <param name="tags">Instances must carry all of them (case-insensitive); one <c>tag=</c> each.</param>
    public async Task<QueryResult<IReadOnlyList<ServiceEntry>>> GetHealthServiceAsync(
        string service,
        bool passingOnly = false,
        IReadOnlyList<string>? tags = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var path = ApiPath.WithName("/v1/health/service/", service, "service");
        var request = _requests.Build(path, options, new EndpointQuery { PassingOnly = passingOnly, Tags = tags });
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListServiceEntry, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }

    /// <summary><c>GET /v1/health/checks/:service</c> (spec §6.4): the service's own checks, no node checks.</summary>
    public async Task<QueryResult<IReadOnlyList<HealthCheck>>> GetHealthChecksAsync(
        string service, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = ApiPath.WithName("/v1/health/checks/", service, "service");
        var request = _requests.Build(path, options);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListHealthCheck, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }

    /// <summary><c>GET /v1/health/state/:state</c> (spec §6.5): node and service checks in that state.</summary>
    public async Task<QueryResult<IReadOnlyList<HealthCheck>>> GetHealthStateAsync(
        HealthState state, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var name = state switch
        {
            HealthState.Any => "any",
            HealthState.Passing => HealthStatus.Passing,
            HealthState.Warning => HealthStatus.Warning,
            HealthState.Critical => HealthStatus.Critical,
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Expected Any, Passing, Warning or Critical."),
        };
        var request = _requests.Build("/v1/health/state/" + name, options);
        var (value, meta) = await ReadAsync(request, Json.Default.IReadOnlyListHealthCheck, cancellationToken).ConfigureAwait(false);
        return new(value ?? [], meta);
    }
}

using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// The server side of a read once the HTTP layer has parsed it (Consul's RPC): datacenter routing,
/// leader requirement, token resolution, in that order, each with Consul's error.
/// </summary>
internal sealed partial class ReadScope
{
    private ReadScope(ConsulRequest request, ReadOptions options, Datacenter datacenter, bool stale, AclAuthorizer acl)
    {
        Request = request;
        Options = options;
        Datacenter = datacenter;
        Stale = stale;
        Acl = acl;
    }

    public ConsulRequest Request { get; }

    public ReadOptions Options { get; }

    public Datacenter Datacenter { get; }

    /// <summary>Answered by "any server": no leader needed, <c>X-Consul-LastContact</c> reports the configured lag.</summary>
    public bool Stale { get; }

    public AclAuthorizer Acl { get; }

    /// <param name="cacheable">The endpoint supports agent caching, so <c>?cached</c> is served without the leader.</param>
    /// <exception cref="ConsulHttpError">500 <c>No path to datacenter</c> / <c>No cluster leader</c>, 403 <c>ACL not found</c>.</exception>
    public static ReadScope Begin(ConsulRequest request, ReadOptions options, bool cacheable = false)
    {
        var datacenter = request.Datacenter();

        // A stale read whose last contact exceeds max_stale is retried once against the leader
        // (agent/*_endpoint.go RETRY_ONCE).
        var stale = options.AllowStale && !(options.MaxStale > TimeSpan.Zero && datacenter.LastContact > options.MaxStale);
        var fromCache = cacheable && options.UseCache;
        if (!stale && !fromCache && datacenter.Leader is null)
        {
            throw ConsulHttpError.Internal("No cluster leader");
        }

        return new ReadScope(request, options, datacenter, stale, request.Authorize());
    }

    /// <summary>The mode that answered: after a max_stale retry on the leader it is no longer <c>stale</c>.</summary>
    public string ConsistencyLevel => Options.RequireConsistent ? "consistent" : Stale ? "stale" : "leader";

    /// <summary>The meta headers of a read that reported <paramref name="index"/>.</summary>
    public QueryMeta Meta(ulong index, bool filteredByAcls = false, bool withConsistency = true) => new(
        index,
        Datacenter.Leader is not null,
        Stale ? Datacenter.LastContact : TimeSpan.Zero,
        withConsistency ? ConsistencyLevel : null,
        filteredByAcls && Acl.CarriedToken);
}

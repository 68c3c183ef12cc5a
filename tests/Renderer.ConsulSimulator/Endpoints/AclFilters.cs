using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>Silent ACL filtering of read results (spec §8/§9): what the token may not read is left out, no 403.</summary>
internal static class AclFilters
{
    /// <summary>Health and catalog service rows need <c>node:read</c> on the node and <c>service:read</c> on the service.</summary>
    public static IReadOnlyList<ServiceInstance> Instances(AclAuthorizer acl, IReadOnlyList<ServiceInstance> rows, ref bool filtered) =>
        Keep(rows, r => acl.CanRead(AclResource.Node, r.Node.Name) && acl.CanRead(AclResource.Service, r.Service.Name), ref filtered);

    /// <summary>Service checks need <c>service:read</c>; node checks <c>node:read</c>.</summary>
    public static IReadOnlyList<StoredCheck> Checks(AclAuthorizer acl, IReadOnlyList<StoredCheck> checks, ref bool filtered) =>
        Keep(checks, c => c.IsNodeCheck ? acl.CanRead(AclResource.Node, c.Node) : acl.CanRead(AclResource.Service, c.ServiceName), ref filtered);

    public static IReadOnlyList<StoredNode> Nodes(AclAuthorizer acl, IReadOnlyList<StoredNode> nodes, ref bool filtered) =>
        Keep(nodes, n => acl.CanRead(AclResource.Node, n.Name), ref filtered);

    public static IReadOnlyList<StoredService> Services(AclAuthorizer acl, IReadOnlyList<StoredService> services, ref bool filtered) =>
        Keep(services, s => acl.CanRead(AclResource.Service, s.Name), ref filtered);

    public static IReadOnlyList<T> Keys<T>(AclAuthorizer acl, IReadOnlyList<T> items, Func<T, string> key, ref bool filtered) =>
        Keep(items, item => acl.CanRead(AclResource.Key, key(item)), ref filtered);

    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T> items, Func<T, bool> allowed, ref bool filtered)
    {
        var kept = items.Where(allowed).ToList();
        filtered |= kept.Count != items.Count;
        return kept;
    }
}

namespace Renderer.ConsulSimulator.State;

/// <content>Catalog and health reads, each with the index Consul reports for it (spec §5 table).</content>
public sealed partial class Datacenter
{
    private static readonly StringComparer NameOrder = StringComparer.OrdinalIgnoreCase;

    /// <summary>Instances of a service in memdb order (node, then service ID), each with node and service checks.</summary>
    internal IndexedResult<IReadOnlyList<ServiceInstance>> ServiceInstances(string serviceName, IReadOnlyList<string>? tags, bool withChecksFallback)
    {
        lock (_gate)
        {
            var services = _services.Values
                .Where(s => SameName(s.Name, serviceName) && HasAllTags(s, tags))
                .OrderBy(s => s.Node, NameOrder).ThenBy(s => s.Id, NameOrder)
                .ToList();
            var checksByNode = services.Count == 0 ? null : _checks.Values.ToLookup(c => c.Node, NameOrder);
            var instances = services.Select(s => new ServiceInstance(_nodes[s.Node], s, ChecksOf(s, checksByNode!))).ToList();
            var exists = _services.Values.Any(s => SameName(s.Name, serviceName));
            return new(ServiceIndex(serviceName, exists, withChecksFallback), instances);
        }
    }

    /// <summary>Every instance of every service, for <c>/v1/catalog/services</c> (filtered before the map is built).</summary>
    internal IndexedResult<IReadOnlyList<ServiceInstance>> AllServiceInstances(bool withNodeMeta)
    {
        lock (_gate)
        {
            var instances = _services.Values
                .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Node, NameOrder).ThenBy(s => s.Id, NameOrder)
                .Select(s => new ServiceInstance(_nodes[s.Node], s, []))
                .ToList();
            var index = withNodeMeta ? MaxIndex(IndexNames.Services, IndexNames.Nodes) : IndexOf(IndexNames.Services);
            return new(index, instances);
        }
    }

    internal IndexedResult<IReadOnlyList<StoredNode>> AllNodes()
    {
        lock (_gate)
        {
            return new(IndexOf(IndexNames.Nodes), _nodes.Values.OrderBy(n => n.Name, NameOrder).ToList());
        }
    }

    /// <summary>A node (by name, or by node-ID prefix) and its services; null node when unknown.</summary>
    internal IndexedResult<(StoredNode? Node, IReadOnlyList<StoredService> Services)> NodeWithServices(string nodeName)
    {
        lock (_gate)
        {
            var node = FindNode(nodeName);
            if (node is null)
            {
                return new(IndexOf(IndexNames.NodeExtinction), (null, []));
            }

            var services = _services.Values.Where(s => SameName(s.Node, node.Name)).OrderBy(s => s.Id, NameOrder).ToList();
            return new(IndexOf(IndexNames.Node(node.Name)), (node, services));
        }
    }

    /// <summary>The service-level checks of a service (no node checks).</summary>
    internal IndexedResult<IReadOnlyList<StoredCheck>> ServiceChecks(string serviceName) =>
        SelectChecks(c => !c.IsNodeCheck && SameName(c.ServiceName, serviceName));

    /// <summary>Checks in a state; <c>any</c> matches every check.</summary>
    internal IndexedResult<IReadOnlyList<StoredCheck>> ChecksInState(string state) =>
        SelectChecks(c => state == "any" || c.Status == state);

    internal IndexedResult<IReadOnlyList<StoredCheck>> NodeChecks(string node) =>
        SelectChecks(c => SameName(c.Node, node));

    /// <summary>A stored check, for the agent's TTL endpoints.</summary>
    internal StoredCheck? FindCheck(string node, string checkId)
    {
        lock (_gate)
        {
            return _checks.GetValueOrDefault(new EntityKey(node, checkId));
        }
    }

    internal StoredService? FindService(string node, string serviceId)
    {
        lock (_gate)
        {
            return _services.GetValueOrDefault(new EntityKey(node, serviceId));
        }
    }

    private IndexedResult<IReadOnlyList<StoredCheck>> SelectChecks(Func<StoredCheck, bool> predicate)
    {
        lock (_gate)
        {
            var checks = _checks.Values.Where(predicate)
                .OrderBy(c => c.Node, NameOrder).ThenBy(c => c.CheckId, NameOrder)
                .ToList();
            return new(IndexOf(IndexNames.Checks), checks);
        }
    }

    // agent/consul/state/catalog.go maxIndexAndWatchChForService: a missing service reports the last
    // extinction if any happened, otherwise the table-wide maximum.
    private ulong ServiceIndex(string serviceName, bool exists, bool withChecks)
    {
        if (!exists && _indexes.TryGetValue(IndexNames.ServiceExtinction, out var extinction))
        {
            return extinction;
        }

        if (_indexes.TryGetValue(IndexNames.Service(serviceName), out var serviceIndex))
        {
            return serviceIndex;
        }

        return withChecks
            ? MaxIndex(IndexNames.Nodes, IndexNames.Services, IndexNames.Checks)
            : MaxIndex(IndexNames.Nodes, IndexNames.Services);
    }

    private static IReadOnlyList<StoredCheck> ChecksOf(StoredService service, ILookup<string, StoredCheck> checksByNode)
    {
        var onNode = checksByNode[service.Node].ToList();
        return onNode.Where(c => c.IsNodeCheck).OrderBy(c => c.CheckId, NameOrder)
            .Concat(onNode.Where(c => c.ServiceId == service.Id).OrderBy(c => c.CheckId, NameOrder))
            .ToList();
    }

    private StoredNode? FindNode(string nameOrIdPrefix)
    {
        if (_nodes.TryGetValue(nameOrIdPrefix, out var node))
        {
            return node;
        }

        return _nodes.Values.FirstOrDefault(n =>
            n.Id.Length > 0 && n.Id.StartsWith(nameOrIdPrefix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasAllTags(StoredService service, IReadOnlyList<string>? tags) =>
        tags is null || tags.All(tag => service.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));
}

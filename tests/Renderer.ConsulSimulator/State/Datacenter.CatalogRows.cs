namespace Renderer.ConsulSimulator.State;

/// <content>
/// How catalog rows are stored and which max-index entries each change moves (spec §5, after
/// agent/consul/state/catalog.go): every helper runs under the lock, inside one Raft index.
/// </content>
public sealed partial class Datacenter
{
    private string ApplyNode(CatalogRegistration registration, ulong index)
    {
        _nodes.TryGetValue(registration.Node, out var existing);
        if (registration.SkipNodeUpdate && existing is not null)
        {
            return existing.Name;
        }

        var node = new StoredNode(
            registration.Id, registration.Node, registration.Address, Name,
            Copy(registration.TaggedAddresses), Copy(registration.NodeMeta), index, index);
        if (existing is not null && existing.HasSameContent(node))
        {
            return existing.Name;
        }

        _nodes[node.Name] = node with { CreateIndex = existing?.CreateIndex ?? index };
        Bump(IndexNames.Nodes, index);
        Bump(IndexNames.Node(node.Name), index);
        if (existing is not null)
        {
            BumpServicesOnNode(node.Name, index);
        }

        return node.Name;
    }

    private void ApplyService(string nodeName, ServiceRegistration registration, ulong index)
    {
        var weights = registration.Weights is { IsValid: true } valid ? valid : ServiceWeights.Default;
        var service = new StoredService(
            nodeName, registration.EffectiveId, registration.Name, registration.Kind, registration.Tags.ToArray(),
            registration.Address, Copy(registration.TaggedAddresses), Copy(registration.Meta), registration.Port,
            weights, registration.EnableTagOverride, index, index);
        _services.TryGetValue(service.Key, out var existing);
        if (existing is not null && existing.HasSameContent(service))
        {
            return;
        }

        _services[service.Key] = service with { CreateIndex = existing?.CreateIndex ?? index };
        Bump(IndexNames.Services, index);
        Bump(IndexNames.Service(service.Name), index);
        Bump(IndexNames.Nodes, index);
        Bump(IndexNames.Node(nodeName), index);
        if (existing is not null && !SameName(existing.Name, service.Name))
        {
            UpdateServiceIndexAfterRemoval(existing.Name, index);
        }
    }

    private void ApplyCheck(string nodeName, CheckRegistration registration, ulong index)
    {
        var checkId = registration.CheckId.Length > 0 ? registration.CheckId : registration.Name;
        var service = registration.ServiceId.Length > 0
            ? _services[new EntityKey(nodeName, registration.ServiceId)]
            : null;
        var check = new StoredCheck(
            nodeName, checkId, registration.Name,
            registration.Status.Length > 0 ? registration.Status : CheckStatus.Critical,
            registration.Notes, registration.Output, service?.Id ?? string.Empty, service?.Name ?? string.Empty,
            service?.Tags ?? [], registration.Type, registration.Interval, registration.Timeout,
            registration.Http, registration.Tcp, index, index);
        StoreCheck(check, index);
    }

    private void StoreCheck(StoredCheck check, ulong index)
    {
        _checks.TryGetValue(check.Key, out var existing);
        if (existing is not null && existing.HasSameContent(check))
        {
            return;
        }

        _checks[check.Key] = check with { CreateIndex = existing?.CreateIndex ?? index, ModifyIndex = index };
        BumpForCheck(check, index);
    }

    private void RemoveCheck(StoredCheck check, ulong index)
    {
        _checks.Remove(check.Key);
        BumpForCheck(check, index);
    }

    private void RemoveService(StoredService service, ulong index)
    {
        foreach (var check in _checks.Values.Where(c => SameName(c.Node, service.Node) && c.ServiceId == service.Id).ToList())
        {
            _checks.Remove(check.Key);
            Bump(IndexNames.Checks, index);
        }

        _services.Remove(service.Key);
        Bump(IndexNames.Services, index);
        Bump(IndexNames.Nodes, index);
        Bump(IndexNames.Node(service.Node), index);
        UpdateServiceIndexAfterRemoval(service.Name, index);
    }

    // Consul drops the service.<name> entry with the last instance and records the extinction instead
    // (state/catalog.go deleteServiceTxn); queries for a missing service fall back to that index.
    private void UpdateServiceIndexAfterRemoval(string serviceName, ulong index)
    {
        if (_services.Values.Any(s => SameName(s.Name, serviceName)))
        {
            Bump(IndexNames.Service(serviceName), index);
            return;
        }

        _indexes.Remove(IndexNames.Service(serviceName));
        Bump(IndexNames.ServiceExtinction, index);
    }

    private void BumpForCheck(StoredCheck check, ulong index)
    {
        Bump(IndexNames.Checks, index);
        if (check.IsNodeCheck)
        {
            BumpServicesOnNode(check.Node, index);
        }
        else if (_services.ContainsKey(new EntityKey(check.Node, check.ServiceId)))
        {
            Bump(IndexNames.Service(check.ServiceName), index);
        }
    }

    private void BumpServicesOnNode(string node, ulong index)
    {
        foreach (var name in _services.Values.Where(s => SameName(s.Node, node)).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Bump(IndexNames.Service(name), index);
        }
    }

    private static bool SameName(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyDictionary<string, TValue>? Copy<TValue>(IReadOnlyDictionary<string, TValue>? source) =>
        source is null ? null : new Dictionary<string, TValue>(source, StringComparer.Ordinal);
}

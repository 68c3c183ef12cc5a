namespace Renderer.ConsulSimulator.State;

/// <content>Catalog writes: register, deregister, check status. Index bookkeeping follows spec §5.</content>
public sealed partial class Datacenter
{
    /// <summary>Applies a catalog registration (node, optional service, checks) under one Raft index.</summary>
    /// <returns>The Raft index of the write.</returns>
    /// <exception cref="ConsulStateException">The registration is invalid; nothing was written.</exception>
    public ulong Register(CatalogRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        lock (_gate)
        {
            RegistrationRules.Validate(registration, _services);
            var index = NextIndex();
            var nodeName = ApplyNode(registration, index);
            if (registration.Service is { } service)
            {
                ApplyService(nodeName, service, index);
            }

            foreach (var check in registration.Checks)
            {
                ApplyCheck(nodeName, check, index);
            }

            Signal();
            return index;
        }
    }

    /// <summary>Removes a node with its services and checks; removing an absent node is a no-op write.</summary>
    public ulong DeregisterNode(string node)
    {
        lock (_gate)
        {
            var index = NextIndex();
            if (_nodes.TryGetValue(node, out var stored))
            {
                foreach (var check in _checks.Values.Where(c => SameName(c.Node, node)).ToList())
                {
                    RemoveCheck(check, index);
                }

                foreach (var service in _services.Values.Where(s => SameName(s.Node, node)).ToList())
                {
                    RemoveService(service, index);
                }

                _nodes.Remove(node);
                _indexes.Remove(IndexNames.Node(stored.Name));
                Bump(IndexNames.Nodes, index);
                Bump(IndexNames.NodeExtinction, index);
            }

            Signal();
            return index;
        }
    }

    /// <summary>Removes one service instance and its checks; an absent instance is a no-op write.</summary>
    public ulong DeregisterService(string node, string serviceId)
    {
        lock (_gate)
        {
            var index = NextIndex();
            if (_services.TryGetValue(new EntityKey(node, serviceId), out var service))
            {
                RemoveService(service, index);
            }

            Signal();
            return index;
        }
    }

    /// <summary>Removes one check; an absent check is a no-op write.</summary>
    public ulong DeregisterCheck(string node, string checkId)
    {
        lock (_gate)
        {
            var index = NextIndex();
            if (_checks.TryGetValue(new EntityKey(node, checkId), out var check))
            {
                RemoveCheck(check, index);
            }

            Signal();
            return index;
        }
    }

    /// <summary>Sets a check's status (and output); the same status and output again is a no-op for indexes.</summary>
    /// <exception cref="ConsulStateException">No such check on that node.</exception>
    public ulong SetCheckStatus(string node, string checkId, string status, string? output = null)
    {
        if (!CheckStatus.IsValid(status))
        {
            throw new ConsulStateException($"Invalid check status: '{status}'");
        }

        lock (_gate)
        {
            if (!_checks.TryGetValue(new EntityKey(node, checkId), out var check))
            {
                throw new ConsulStateException($"Unknown check ID \"{checkId}\" on node \"{node}\"");
            }

            var index = NextIndex();
            StoreCheck(check with { Status = status, Output = output ?? check.Output }, index);
            Signal();
            return index;
        }
    }

    /// <summary>Whether registering would create or change the node (which needs <c>node:write</c>).</summary>
    internal bool NodeNeedsUpdate(CatalogRegistration registration)
    {
        lock (_gate)
        {
            if (!_nodes.TryGetValue(registration.Node, out var existing))
            {
                return true;
            }

            var candidate = new StoredNode(registration.Id, registration.Node, registration.Address, Name, registration.TaggedAddresses, registration.NodeMeta, 0, 0);
            return !registration.SkipNodeUpdate && !existing.HasSameContent(candidate);
        }
    }
}

namespace Renderer.ConsulSimulator.State;

/// <summary>
/// The state of one simulated datacenter: catalog, health checks, KV store and the named max-index
/// entries of spec §5, behind one lock. Every write takes the next Raft index; entities and index
/// entries move only when their content changes. Readers get a change signal that fires on every write.
/// </summary>
public sealed partial class Datacenter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ulong> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StoredNode> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<EntityKey, StoredService> _services = [];
    private readonly Dictionary<EntityKey, StoredCheck> _checks = [];
    private TaskCompletionSource _changed = NewSignal();
    private ulong _raftIndex;
    private string? _leader;
    private TimeSpan _lastContact;

    internal Datacenter(string name, ulong initialIndex, string leader)
    {
        Name = name;
        _raftIndex = initialIndex;
        _leader = leader;
    }

    /// <summary>Datacenter name (<c>dc1</c> by default).</summary>
    public string Name { get; }

    /// <summary>The last Raft index handed out; every write, even a no-op, advances it.</summary>
    public ulong RaftIndex
    {
        get { lock (_gate) { return _raftIndex; } }
    }

    /// <summary>Leader address as <c>/v1/status/leader</c> reports it; null means "no cluster leader".</summary>
    public string? Leader
    {
        get { lock (_gate) { return _leader; } }
    }

    /// <summary>
    /// What <c>X-Consul-LastContact</c> reports for <c>?stale</c> reads (reads served by the leader report 0).
    /// <value>Default: zero.</value>
    /// </summary>
    public TimeSpan LastContact
    {
        get { lock (_gate) { return _lastContact; } }
        set { lock (_gate) { _lastContact = value; } }
    }

    /// <summary>The current value of a max-index entry such as <c>services</c> or <c>service.web</c> (0 when unset).</summary>
    public ulong GetIndex(string entry)
    {
        lock (_gate)
        {
            return _indexes.GetValueOrDefault(entry);
        }
    }

    /// <summary>Sets or clears the leader (a leader change or a lost quorum).</summary>
    public void SetLeader(string? address)
    {
        lock (_gate)
        {
            _leader = string.IsNullOrEmpty(address) ? null : address;
            Signal();
        }
    }

    /// <summary>A Raft write that changes nothing: the Raft index moves, no query index does.</summary>
    public ulong BumpIndex()
    {
        lock (_gate)
        {
            var index = NextIndex();
            Signal();
            return index;
        }
    }

    /// <summary>Moves one max-index entry (e.g. <c>service.web</c>) without changing any data, so a blocked
    /// query returns with a new index and an identical body (what a check-only change looks like).</summary>
    public ulong TouchIndex(string entry)
    {
        lock (_gate)
        {
            var index = NextIndex();
            _indexes[entry] = index;
            Signal();
            return index;
        }
    }

    /// <summary>
    /// Makes every index go backwards to at most <paramref name="raftIndex"/>, as after a snapshot restore
    /// or a switch to another cluster: the Raft counter, every max-index entry, and every entity's and
    /// tombstone's indexes are clamped. Clients must notice the lower index and reset to 0.
    /// </summary>
    public void ResetIndex(ulong raftIndex)
    {
        lock (_gate)
        {
            _raftIndex = raftIndex;
            foreach (var key in _indexes.Keys.ToList())
            {
                _indexes[key] = Math.Min(_indexes[key], raftIndex);
            }

            ClampEntities(raftIndex);
            Signal();
        }
    }

    internal StateRead<T> Read<T>(Func<T> query)
    {
        lock (_gate)
        {
            return new StateRead<T>(query(), _changed.Task);
        }
    }

    private void ClampEntities(ulong max)
    {
        foreach (var (key, node) in _nodes.ToList())
        {
            _nodes[key] = node with { CreateIndex = Math.Min(node.CreateIndex, max), ModifyIndex = Math.Min(node.ModifyIndex, max) };
        }

        foreach (var (key, service) in _services.ToList())
        {
            _services[key] = service with { CreateIndex = Math.Min(service.CreateIndex, max), ModifyIndex = Math.Min(service.ModifyIndex, max) };
        }

        foreach (var (key, check) in _checks.ToList())
        {
            _checks[key] = check with { CreateIndex = Math.Min(check.CreateIndex, max), ModifyIndex = Math.Min(check.ModifyIndex, max) };
        }

        ClampKv(max);
    }

    private ulong NextIndex() => ++_raftIndex;

    private void Bump(string entry, ulong index) => _indexes[entry] = index;

    private ulong IndexOf(string entry) => _indexes.GetValueOrDefault(entry);

    private ulong MaxIndex(params string[] entries) => entries.Max(IndexOf);

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

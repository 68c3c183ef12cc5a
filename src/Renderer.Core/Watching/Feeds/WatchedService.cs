using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// One service name a feed group keeps current: the keys that read it (tag and health-filter variants share one
/// read), the X-Consul-Index (<c>service.&lt;name&gt;</c>) of the last read, the instance rows it returned, and the
/// read's scheduling state. Guarded by the group's lock.
/// </summary>
internal sealed class WatchedService(string name)
{
    public string Name { get; } = name;

    public List<DependencyKey> Keys { get; } = [];

    /// <summary>Keys that have data from the current <see cref="Index"/>.</summary>
    public HashSet<DependencyKey> Published { get; } = [];

    /// <summary>X-Consul-Index of the last read; 0 before the first.</summary>
    public ulong Index { get; set; }

    /// <summary>Every instance of the last read, whatever its health: node, ID and ModifyIndex.</summary>
    public ServiceRow[] Rows { get; set; } = [];

    /// <summary>Waiting in the queue.</summary>
    public bool Queued { get; set; }

    /// <summary>Queued with urgent priority.</summary>
    public bool QueuedUrgent { get; set; }

    /// <summary>A read is in flight.</summary>
    public bool InFlight { get; set; }

    /// <summary>A change concerning this service was seen while its read was in flight: read once more after it.</summary>
    public bool Again { get; set; }

    /// <summary>The group's evidence counter when the read in flight was started.</summary>
    public long StartedAtEpoch { get; set; }
}

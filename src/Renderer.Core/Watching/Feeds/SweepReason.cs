namespace Renderer.Core.Watching.Feeds;

/// <summary>Why every multiplexed service of a datacenter is checked against Consul.</summary>
internal enum SweepReason
{
    /// <summary>The services table moved and no feed named the service.</summary>
    Unexplained,

    /// <summary>The periodic check (<see cref="WatcherOptions.ReconcileInterval"/>).</summary>
    Reconcile,

    /// <summary>An index went down: everything known may be from another history.</summary>
    IndexReset,
}

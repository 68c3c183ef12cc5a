namespace Renderer.LoadTests;

/// <summary>One change: how long until the rendered file showed it, and the requests Consul received meanwhile.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Latency">From the write in Consul to the file on disk showing it.</param>
/// <param name="Requests">Requests received from the change until the next one (feeds, re-reads, sweeps).</param>
/// <param name="SweepRequests">Of which node reads (<c>/v1/catalog/node/</c>) and re-reads done by sweeps.</param>
internal sealed record ChangeResult(ChangeKind Kind, TimeSpan Latency, long Requests, long SweepRequests);

using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Planning;

/// <summary>
/// Who keeps each dependency current: its own long poll (<see cref="Direct"/>), or a datacenter's shared feeds
/// (<see cref="Catalog"/> for services, service instances and nodes; <see cref="Kv"/> for keys and prefixes).
/// </summary>
/// <param name="Direct">Keys with their own long poll (and the datacenter list, which is polled).</param>
/// <param name="Catalog">Per datacenter (<see cref="DatacenterName"/>), the catalog keys served by its feeds.</param>
/// <param name="Kv">Per datacenter, the KV keys served by one recursive watch on their common prefix.</param>
/// <param name="LongPolls">Long polls the plan holds open at once.</param>
/// <param name="Warning">Why this plan can exceed the connection budget, or null.</param>
internal sealed record WatchPlan(
    ImmutableArray<DependencyKey> Direct,
    ImmutableDictionary<DatacenterName, CatalogGroupPlan> Catalog,
    ImmutableDictionary<DatacenterName, ImmutableArray<DependencyKey>> Kv,
    int LongPolls,
    string? Warning)
{
    public static WatchPlan Empty { get; } = new(
        [], ImmutableDictionary<DatacenterName, CatalogGroupPlan>.Empty, ImmutableDictionary<DatacenterName, ImmutableArray<DependencyKey>>.Empty, 0, null);

    /// <summary>Whether any dependency goes through a shared feed.</summary>
    public bool IsMultiplexed => !Catalog.IsEmpty || !Kv.IsEmpty;
}

using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Core.Dependencies.Data;

/// <summary>The answer to one <see cref="DependencyKey"/>, already filtered and in the catalog's deterministic order.</summary>
public abstract record DependencyData;

/// <summary><see cref="DependencyKind.Services"/>: every service with its tags, sorted by name.</summary>
public sealed record ServicesData(ImmutableArray<ServiceSummary> Services) : DependencyData;

/// <summary><see cref="DependencyKind.Service"/>: the instances that pass the key's tag and health filters, sorted by node then id.</summary>
public sealed record ServiceData(ImmutableArray<ServiceInstance> Instances) : DependencyData;

/// <summary><see cref="DependencyKind.Key"/>: the value, or null when Consul has no such key (known to be absent).</summary>
public sealed record KeyData(string? Value) : DependencyData;

/// <summary><see cref="DependencyKind.KeyPrefix"/>: every key below the prefix, recursively, relative to it and sorted.</summary>
public sealed record KeyPrefixData(ImmutableArray<KvEntry> Entries) : DependencyData;

/// <summary><see cref="DependencyKind.Nodes"/>: the nodes, sorted by name.</summary>
public sealed record NodesData(ImmutableArray<NodeSummary> Nodes) : DependencyData;

/// <summary><see cref="DependencyKind.Datacenters"/>: datacenter names, sorted.</summary>
public sealed record DatacentersData(ImmutableArray<string> Names) : DependencyData;

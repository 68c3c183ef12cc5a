using Renderer.Core.Catalog;

namespace Renderer.Core.Dependencies;

/// <summary>
/// One thing a render read from Consul, and so one thing the watcher long-polls. Two calls that read the same
/// data give equal keys (e.g. <c>ls "app"</c> and <c>tree "app/"</c>), so the watcher opens one query for both.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> is the canonical text used in logs and messages, e.g.
/// <c>service(http.web@dc1, passing)</c>, <c>key(app/config)</c>, <c>key_prefix(app/)</c>, <c>services</c>.
/// </remarks>
public sealed partial record DependencyKey
{
    private DependencyKey(DependencyKind kind, string name, string? tag, string? datacenter, HealthFilter? filter)
    {
        Kind = kind;
        Name = name;
        Tag = tag;
        Datacenter = datacenter;
        Filter = filter;
    }

    /// <summary>What is watched.</summary>
    public DependencyKind Kind { get; }

    /// <summary>The service name, the KV key, or the KV prefix (normalized); empty for the list kinds.</summary>
    public string Name { get; }

    /// <summary>The tag a <see cref="DependencyKind.Service"/> key filters on, or null.</summary>
    public string? Tag { get; }

    /// <summary>The datacenter, or null for the local one.</summary>
    public string? Datacenter { get; }

    /// <summary>The health filter of a <see cref="DependencyKind.Service"/> key; null for every other kind.</summary>
    public HealthFilter? Filter { get; }

    /// <summary><c>services</c> of a datacenter.</summary>
    public static DependencyKey ForServices(string? datacenter = null) =>
        new(DependencyKind.Services, "", null, CheckDatacenter(datacenter), null);

    /// <summary>Instances of a service, optionally with a tag, in a datacenter, passing a filter (default passing).</summary>
    /// <exception cref="QueryArgumentException">The name, tag or datacenter is empty or holds whitespace or control characters.</exception>
    public static DependencyKey ForService(string name, string? tag = null, string? datacenter = null, HealthFilter? filter = null)
    {
        CheckWord(name, "service name", name);
        if (tag is not null)
        {
            CheckWord(tag, "tag", tag);
        }

        return new(DependencyKind.Service, name, tag, CheckDatacenter(datacenter), filter ?? HealthFilter.Passing);
    }

    /// <summary>One KV key (normalized by <see cref="KvPath.NormalizeKey"/>).</summary>
    public static DependencyKey ForKey(string path, string? datacenter = null) =>
        new(DependencyKind.Key, KvPath.NormalizeKey(path), null, CheckDatacenter(datacenter), null);

    /// <summary>Every key below a KV prefix (normalized by <see cref="KvPath.NormalizePrefix"/>).</summary>
    public static DependencyKey ForKeyPrefix(string prefix, string? datacenter = null) =>
        new(DependencyKind.KeyPrefix, KvPath.NormalizePrefix(prefix), null, CheckDatacenter(datacenter), null);

    /// <summary><c>nodes</c> of a datacenter.</summary>
    public static DependencyKey ForNodes(string? datacenter = null) =>
        new(DependencyKind.Nodes, "", null, CheckDatacenter(datacenter), null);

    /// <summary><c>datacenters</c>.</summary>
    public static DependencyKey ForDatacenters() => new(DependencyKind.Datacenters, "", null, null, null);

    /// <summary>The canonical text, e.g. <c>service(http.web@dc1, passing)</c>.</summary>
    public override string ToString()
    {
        var at = Datacenter is null ? "" : "@" + Datacenter;
        return Kind switch
        {
            DependencyKind.Services => Datacenter is null ? "services" : $"services({at})",
            DependencyKind.Service => $"service({(Tag is null ? "" : Tag + ".")}{Name}{at}, {Filter})",
            DependencyKind.Key => $"key({Name}{at})",
            DependencyKind.KeyPrefix => $"key_prefix({(Name.Length == 0 ? "/" : Name)}{at})",
            DependencyKind.Nodes => Datacenter is null ? "nodes" : $"nodes({at})",
            _ => "datacenters",
        };
    }

    private static string? CheckDatacenter(string? datacenter)
    {
        if (datacenter is not null)
        {
            CheckWord(datacenter, "datacenter", datacenter);
        }

        return datacenter;
    }
}

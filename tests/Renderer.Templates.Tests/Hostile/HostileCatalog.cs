using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Renderer.Core.Catalog;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Catalogs for the fuzz runs: hostile registrations next to one constant benign service, and the benign twin of each
/// registration, which makes every decision a template takes the same way (tags, health, port suffix, whether the name
/// is usable) with values that cannot carry syntax.
/// </summary>
internal static partial class HostileCatalog
{
    /// <summary>A well-behaved service tagged for every template, present in every catalog.</summary>
    public static HostileRegistration Benign { get; } = new(
        -1, "benign-19999", "benign-19999", ["http", "tcp", "web"], StringMap.Empty, "10.255.0.1", "benign-node", "10.255.0.2", 8080,
        HealthStatus.Passing);

    /// <summary>A plain registration for a regression test: one passing instance on its own node.</summary>
    public static HostileRegistration Service(int index, string name, string[] tags, string address = "10.9.0.1", int port = 8080) =>
        new(index, name, $"id-{index}", [.. tags], StringMap.Empty, address, $"node-{index}", "10.9.255.1", port, HealthStatus.Passing);

    /// <summary>A catalog holding the benign service and <paramref name="registrations"/>, each on its own node.</summary>
    /// <param name="uniqueNodeNames">
    /// Suffix every node name with its registration's index, so that many registrations fit in one catalog (a catalog
    /// refuses two nodes with the same name). Node names are never rendered, so this changes no output.
    /// </param>
    public static CatalogSnapshot Of(IEnumerable<HostileRegistration> registrations, bool uniqueNodeNames = false) => new()
    {
        LocalDatacenter = new DatacenterCatalog
        {
            Name = "dc1",
            Nodes = [.. registrations.Prepend(Benign).Select(registration =>
                registration.ToNode(uniqueNodeNames ? $"{registration.NodeName}/{registration.Index}" : registration.NodeName))],
        },
    };

    /// <summary>
    /// The registration with every value replaced by a plain one that leads each shipped template to the same decisions:
    /// the same selecting tags (<c>http</c>, <c>tcp</c>, <c>web</c>), health and port; the name itself when it is usable
    /// (then it is only letters, digits, '-' and '_', which cannot carry syntax), else another unusable but plain name.
    /// </summary>
    public static HostileRegistration Twin(HostileRegistration registration) => registration with
    {
        ServiceName = IsUsableName(registration.ServiceName) ? registration.ServiceName : $"t{registration.Index}.x",
        ServiceId = $"t{registration.Index}",
        Tags = [.. registration.Tags.Where(tag => tag is "http" or "tcp" or "web").Distinct(StringComparer.Ordinal)],
        Meta = StringMap.Empty,
        ServiceAddress = $"10.1.{(registration.Index >> 8) & 255}.{registration.Index & 255}",
        NodeName = $"twin-{registration.Index}",
        NodeAddress = "10.2.0.1",
    };

    /// <summary>
    /// What the nginx templates accept as an upstream name (their <c>^[A-Za-z0-9_-]{1,255}$</c>); anything else is
    /// skipped with a comment (or refused by <c>nginx.token</c> first).
    /// </summary>
    public static bool IsUsableName(string name) => UsableName().IsMatch(name);

    /// <summary>The listen port nginx-stream takes from a usable name (the number after the last '-'), or null.</summary>
    public static int? StreamPort(string name) =>
        int.TryParse(name.Split('-')[^1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var port)
        && port is >= 1 and <= 65535 ? port : null;

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,255}\z")]
    private static partial Regex UsableName();
}

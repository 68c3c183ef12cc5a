using System.Globalization;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Packs registrations into catalogs of many, so that one <c>nginx -t</c> checks hundreds of them. Two registrations
/// share a batch only when it changes nothing: different exact service names where it matters (the catalog would merge
/// two services of one name into one, but not their benign twins when the name is unusable) and, for names that carry a port, different ports as the nginx
/// check moves them (a privileged port p is checked as 10000 + p, which the template cannot see). A batch also holds at
/// most <c>listenerCapacity</c> names that carry a port: each may become a stream listener, and nginx -t fails when
/// there are more listening sockets than worker_connections (64 in the sandbox's stream wrapper).
/// </summary>
internal static class HostileBatchPacker
{
    private const string PortKey = "port:";

    /// <summary>First fit: each registration goes into the first batch with room and no conflicting key.</summary>
    /// <param name="selectingTags">The tags that make the template render a service.</param>
    public static IReadOnlyList<IReadOnlyList<HostileRegistration>> Pack(
        IEnumerable<HostileRegistration> registrations, int capacity, int listenerCapacity, IReadOnlyCollection<string> selectingTags)
    {
        var batches = new List<(List<HostileRegistration> Members, HashSet<string> Keys)>();
        foreach (var registration in registrations)
        {
            var keys = Keys(registration, selectingTags);
            var batch = batches.FirstOrDefault(candidate => candidate.Members.Count < capacity
                && !candidate.Keys.Overlaps(keys)
                && (keys.Length < 2 || Listeners(candidate.Keys) < listenerCapacity));
            if (batch.Members is null)
            {
                batch = ([], new HashSet<string>(StringComparer.Ordinal));
                batches.Add(batch);
            }

            batch.Members.Add(registration);
            batch.Keys.UnionWith(keys);
        }

        return [.. batches.Select(batch => (IReadOnlyList<HostileRegistration>)batch.Members)];
    }

    private static int Listeners(HashSet<string> keys) => keys.Count(key => key.StartsWith(PortKey, StringComparison.Ordinal));

    private static string[] Keys(HostileRegistration registration, IReadOnlyCollection<string> selectingTags)
    {
        // Services of one name merge into one; their twins merge too when the name is usable (the twin keeps it), and an
        // unusable name without a selecting tag renders nothing either way.
        var usable = HostileCatalog.IsUsableName(registration.ServiceName);
        if (!usable && !registration.Tags.Any(selectingTags.Contains))
        {
            return [];
        }

        var name = "name:" + registration.ServiceName;
        if (!usable || HostileCatalog.StreamPort(registration.ServiceName) is not { } port)
        {
            return [name];
        }

        var checkedPort = port < 1024 ? port + 10000 : port;
        return [name, PortKey + checkedPort.ToString(CultureInfo.InvariantCulture)];
    }
}

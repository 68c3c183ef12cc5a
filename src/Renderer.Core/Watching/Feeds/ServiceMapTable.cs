using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// The services feed's last answer (service name → union of its instances' tags) and the diff with the next one:
/// services that appeared, disappeared, or whose tag union changed.
/// </summary>
internal sealed class ServiceMapTable(StringPool strings)
{
    private Dictionary<string, string[]> _rows = new(StringComparer.Ordinal);

    /// <summary>The table as <c>services</c> data.</summary>
    public ServicesData ToData() =>
        ConsulDataMapper.Services(_rows.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal));

    public List<string> Apply(IReadOnlyDictionary<string, IReadOnlyList<string>> services)
    {
        var changed = new List<string>();
        var next = new Dictionary<string, string[]>(services.Count, StringComparer.Ordinal);
        foreach (var (name, tags) in services)
        {
            var sorted = tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(strings.Intern).ToArray();
            var shared = strings.Intern(name);
            next[shared] = sorted;
            if (!_rows.TryGetValue(shared, out var old) || !old.AsSpan().SequenceEqual(sorted))
            {
                changed.Add(shared);
            }
        }

        changed.AddRange(_rows.Keys.Where(name => !next.ContainsKey(name)));
        _rows = next;
        return changed;
    }
}

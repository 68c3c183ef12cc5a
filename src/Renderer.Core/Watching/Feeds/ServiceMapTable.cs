namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// The services feed's last answer (service name → union of its instances' tags) and the diff with the next one:
/// services that appeared, disappeared, or whose tag union changed.
/// </summary>
internal sealed class ServiceMapTable
{
    private Dictionary<string, HashSet<string>> _rows = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Last { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public List<string> Apply(IReadOnlyDictionary<string, IReadOnlyList<string>> services)
    {
        var changed = new List<string>();
        var next = new Dictionary<string, HashSet<string>>(services.Count, StringComparer.Ordinal);
        foreach (var (name, tags) in services)
        {
            var set = new HashSet<string>(tags, StringComparer.Ordinal);
            next[name] = set;
            if (!_rows.TryGetValue(name, out var old) || !old.SetEquals(set))
            {
                changed.Add(name);
            }
        }

        changed.AddRange(_rows.Keys.Where(name => !next.ContainsKey(name)));
        _rows = next;
        Last = services;
        return changed;
    }
}

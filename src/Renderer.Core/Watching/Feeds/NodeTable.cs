using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <summary>The nodes of the nodes feed's last answer and the diff with the next one (address, meta, tagged addresses, removal).</summary>
internal sealed class NodeTable
{
    private Dictionary<string, ConsulModels.Node> _rows = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ConsulModels.Node> Last { get; private set; } = [];

    public IEnumerable<string> Names => _rows.Keys;

    public bool Contains(string node) => _rows.ContainsKey(node);

    /// <summary>Replaces the table and returns the names of the nodes that appeared, changed or disappeared.</summary>
    public List<string> Apply(IReadOnlyList<ConsulModels.Node> nodes)
    {
        var changed = new List<string>();
        var next = new Dictionary<string, ConsulModels.Node>(nodes.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            next[node.Name] = node;
            if (!_rows.TryGetValue(node.Name, out var old) || !SameContent(old, node))
            {
                changed.Add(node.Name);
            }
        }

        changed.AddRange(_rows.Keys.Where(name => !next.ContainsKey(name)));
        _rows = next;
        Last = nodes;
        return changed;
    }

    private static bool SameContent(ConsulModels.Node left, ConsulModels.Node right) =>
        left.ModifyIndex == right.ModifyIndex
        && string.Equals(left.Address, right.Address, StringComparison.Ordinal)
        && SameMap(left.Meta, right.Meta)
        && SameMap(left.TaggedAddresses, right.TaggedAddresses);

    private static bool SameMap(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right) =>
        left.Count == right.Count
        && left.All(pair => right.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));
}

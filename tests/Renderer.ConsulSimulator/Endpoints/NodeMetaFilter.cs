using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>?node-meta=key:value</c> (repeatable, all must match), split at the first colon.</summary>
internal sealed class NodeMetaFilter
{
    private readonly Dictionary<string, string> _pairs = new(StringComparer.Ordinal);

    private NodeMetaFilter()
    {
    }

    public bool IsEmpty => _pairs.Count == 0;

    public static NodeMetaFilter Parse(GoQuery query)
    {
        var filter = new NodeMetaFilter();
        foreach (var raw in query.GetAll("node-meta"))
        {
            var colon = raw.IndexOf(':');
            filter._pairs[colon < 0 ? raw : raw[..colon]] = colon < 0 ? string.Empty : raw[(colon + 1)..];
        }

        return filter;
    }

    public bool Matches(StoredNode node) =>
        _pairs.All(pair => node.Meta is not null && node.Meta.TryGetValue(pair.Key, out var value) && value == pair.Value);
}

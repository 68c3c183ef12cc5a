using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Templating;

/// <summary>
/// Records, during one render, every dependency the template touched and those whose data has not
/// arrived yet. The render goes on past missing data (it sees empty results) so that one pass
/// discovers everything the template needs; the renderer then refuses to write the output.
/// </summary>
public sealed class RenderDependencies
{
    private readonly IDependencyDataSource _source;
    private readonly Dictionary<DependencyKey, DependencyData?> _seen = [];

    public RenderDependencies(IDependencyDataSource source)
    {
        _source = source;
    }

    /// <summary>Every dependency read, in first-use order.</summary>
    public DependencySet Used { get; } = new();

    /// <summary>Dependencies read whose data has not arrived yet, in first-use order.</summary>
    public DependencySet Missing { get; } = new();

    /// <summary>The data for <paramref name="key"/> (null when missing); asks the source once per render.</summary>
    public DependencyData? Get(DependencyKey key)
    {
        if (_seen.TryGetValue(key, out var known))
        {
            return known;
        }

        var data = _source.Get(key);
        _seen[key] = data;
        Used.Add(key);
        if (data is null)
        {
            Missing.Add(key);
        }
        return data;
    }

    /// <summary>Marks a key as needed although its data exists (a <c>key</c> that Consul does not have yet).</summary>
    public void MarkMissing(DependencyKey key) => Missing.Add(key);
}

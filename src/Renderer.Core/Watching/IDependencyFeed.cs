using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching;

/// <summary>A data source that can be told what to watch and that says when data changed.</summary>
public interface IDependencyFeed : IDependencyDataSource
{
    /// <summary>True when the data never changes (a catalog file): nothing is worth waiting for.</summary>
    bool IsStatic { get; }

    /// <summary>Watches exactly <paramref name="keys"/> from now on.</summary>
    Task TrackAsync(IReadOnlyCollection<DependencyKey> keys);

    /// <summary>Completes when some watched data changed, with the keys that did.</summary>
    Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken);

    /// <summary>Why <paramref name="key"/> has no data, when its query fails; else null.</summary>
    string? ErrorOf(DependencyKey key);
}

using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching;

/// <summary>A feed over data that never changes (a catalog file, for offline renders and CI).</summary>
public sealed class StaticFeed : IDependencyFeed
{
    private readonly IDependencyDataSource _source;

    public StaticFeed(IDependencyDataSource source)
    {
        _source = source;
    }

    public bool IsStatic => true;

    public DependencyData? Get(DependencyKey key) => _source.Get(key);

    public Task TrackAsync(IReadOnlyCollection<DependencyKey> keys) => Task.CompletedTask;

    public async Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return [];
    }

    public string? ErrorOf(DependencyKey key) => null;
}

using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching;

/// <summary>
/// A feed whose source is attached later: lets the runner be built (templates parsed, errors reported) before
/// the first connection to Consul is made.
/// </summary>
public sealed class DeferredFeed : IDependencyFeed
{
    private IDependencyFeed? _inner;

    public bool IsStatic => Inner.IsStatic;

    private IDependencyFeed Inner => _inner ?? throw new InvalidOperationException("The feed's source has not been attached yet.");

    public void Attach(IDependencyFeed feed) => _inner = feed;

    public DependencyData? Get(DependencyKey key) => Inner.Get(key);

    public Task TrackAsync(IReadOnlyCollection<DependencyKey> keys) => Inner.TrackAsync(keys);

    public Task<IReadOnlyList<DependencyKey>> WaitForChangesAsync(CancellationToken cancellationToken) => Inner.WaitForChangesAsync(cancellationToken);

    public string? ErrorOf(DependencyKey key) => Inner.ErrorOf(key);
}

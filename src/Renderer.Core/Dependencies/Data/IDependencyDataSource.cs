namespace Renderer.Core.Dependencies.Data;

/// <summary>
/// Where a render reads Consul-backed data from: a catalog file (everything known at once) or the
/// watcher's views (data arrives per dependency). The renderer asks by <see cref="DependencyKey"/> so
/// that whatever it asks for is exactly what gets watched.
/// </summary>
public interface IDependencyDataSource
{
    /// <summary>The data for <paramref name="key"/>, or null when it has not arrived yet (the render must wait for it).</summary>
    DependencyData? Get(DependencyKey key);
}

using Renderer.Core.Dependencies;
using Renderer.Core.Watching;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>
/// One watcher over a large catalog (<see cref="ScaleCatalog.FromEnvironment"/>), watching what a template ranging
/// over every service reads: <c>services</c>, every <c>service</c> and <c>nodes</c>. Shared by the tests of <see cref="LargeCatalogCollection"/>,
/// which change distinct services so they do not see each other's changes.
/// </summary>
public sealed class LargeCatalogFixture : IAsyncLifetime
{
    internal static readonly WatcherOptions Options = new() { MaxConnections = 16 };

    private WatchFixture? _watch;

    internal ScaleCatalog Catalog { get; } = ScaleCatalog.FromEnvironment();

    internal WatchFixture Watch => _watch ?? throw new InvalidOperationException("The fixture has not started.");

    internal IReadOnlyList<DependencyKey> Keys { get; private set; } = [];

    /// <summary>The simulator's peak of open connections once every service had data.</summary>
    public long PeakAfterLoad { get; private set; }

    public async Task InitializeAsync()
    {
        _watch = await WatchFixture.StartAsync(Options, Catalog.Seed);
        Keys = [DependencyKey.ForServices(), DependencyKey.ForNodes(), .. Enumerable.Range(0, Catalog.Services).Select(Service)];
        await Watch.Watcher.TrackAsync([.. Keys]);
        await Watch.WaitForAllAsync(Keys);
        PeakAfterLoad = Watch.Simulator.PeakOpenConnections;
    }

    public async Task DisposeAsync()
    {
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }
    }

    internal static DependencyKey Service(int service) => DependencyKey.ForService(ScaleCatalog.ServiceName(service));
}

using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Watching;

namespace Renderer.Core.Tests.Watching;

public sealed class FeedTests
{
    private static readonly CatalogDataSource Catalog = new(CatalogSnapshot.Empty("east"));

    [Fact]
    public void A_static_feed_answers_from_its_source_and_says_it_is_static()
    {
        var feed = new StaticFeed(Catalog);

        Assert.Equal((true, "east"), (feed.IsStatic, Assert.Single(((DatacentersData)feed.Get(DependencyKey.ForDatacenters())!).Names)));
    }

    [Fact]
    public async Task A_static_feed_never_reports_a_change_and_stops_waiting_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var waiting = new StaticFeed(Catalog).WaitForChangesAsync(cancellation.Token);
        Assert.False(waiting.IsCompleted);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void A_deferred_feed_refuses_to_answer_before_its_source_is_attached()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeferredFeed().Get(DependencyKey.ForDatacenters()));

        Assert.Equal("The feed's source has not been attached yet.", error.Message);
    }

    [Fact]
    public void A_deferred_feed_answers_from_the_attached_feed()
    {
        var feed = new DeferredFeed();

        feed.Attach(new StaticFeed(Catalog));

        Assert.True(feed.IsStatic);
        Assert.IsType<DatacentersData>(feed.Get(DependencyKey.ForDatacenters()));
    }
}

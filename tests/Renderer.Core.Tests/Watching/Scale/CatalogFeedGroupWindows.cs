using Renderer.Core.Watching.Feeds;

namespace Renderer.Core.Tests.Watching.Scale;

/// <summary>The feed group's explanation windows, for tests that wait one out before asserting nothing happened.</summary>
internal static class CatalogFeedGroupWindows
{
    public static TimeSpan Checks => CatalogFeedGroup.ChecksExplainWindow;

    public static TimeSpan Services => CatalogFeedGroup.ExplainWindow;
}

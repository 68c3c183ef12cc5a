using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Planning;

/// <summary>The catalog keys of one datacenter served by its change feeds.</summary>
/// <param name="Keys"><c>services</c>, <c>service</c> and <c>nodes</c> keys of the datacenter.</param>
/// <param name="FastHealth">Whether the two small health feeds (critical, warning) run next to the three main ones.</param>
internal sealed record CatalogGroupPlan(ImmutableArray<DependencyKey> Keys, bool FastHealth)
{
    /// <summary>Long polls of the main feeds: services table, checks table, nodes.</summary>
    public const int MainFeeds = 3;

    /// <summary>Long polls of the fast health feeds: critical and warning checks.</summary>
    public const int FastHealthFeeds = 2;

    public int LongPolls => MainFeeds + (FastHealth ? FastHealthFeeds : 0);
}

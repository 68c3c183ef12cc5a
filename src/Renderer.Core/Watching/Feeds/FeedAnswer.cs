using Renderer.Consul.Blocking;

namespace Renderer.Core.Watching.Feeds;

/// <summary>A change feed's answer, with where its index stands against the previous one.</summary>
/// <param name="Value">The body.</param>
/// <param name="Index">Its X-Consul-Index (the table's index).</param>
/// <param name="PreviousIndex">The previous answer's index; 0 before the first.</param>
/// <param name="Change">First answer, moved, or went backwards (unchanged answers are not reported).</param>
/// <param name="ReceivedAt">When it arrived (the watcher's clock).</param>
internal sealed record FeedAnswer<T>(T Value, ulong Index, ulong PreviousIndex, IndexChange Change, DateTimeOffset ReceivedAt);

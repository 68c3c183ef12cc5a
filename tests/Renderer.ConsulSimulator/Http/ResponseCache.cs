using System.Collections.Concurrent;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// The agent cache behind <c>?cached</c>, reduced to what clients can observe: <c>X-Cache: HIT|MISS</c>
/// and <c>Age</c>. Background-refresh entries are always fresh (Age 0); simple entries age and honour
/// <c>Cache-Control: max-age</c> / <c>must-revalidate</c>.
/// </summary>
internal sealed class ResponseCache(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _fetchedAt = new(StringComparer.Ordinal);

    /// <summary>Looks an entry up, (re)filling it on a miss.</summary>
    /// <returns>Whether it was a hit and the entry's age.</returns>
    public (bool Hit, TimeSpan Age) Lookup(string key, CacheControl control, bool backgroundRefresh)
    {
        var now = clock.GetUtcNow();
        if (_fetchedAt.TryGetValue(key, out var fetchedAt))
        {
            if (backgroundRefresh)
            {
                return (true, TimeSpan.Zero);
            }

            var age = now - fetchedAt;
            var expired = control.MustRevalidate || (control.MaxAge is { } maxAge && age > maxAge);
            if (!expired)
            {
                return (true, age);
            }
        }

        _fetchedAt[key] = now;
        return (false, TimeSpan.Zero);
    }
}

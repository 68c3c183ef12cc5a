namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// The query options of a read, parsed in Consul's order (agent/http.go <c>parse</c>): filter,
/// consistency flags, <c>Cache-Control</c>, then <c>wait</c> and <c>index</c>; each failure is its 400.
/// </summary>
internal sealed record ReadOptions(
    bool AllowStale,
    bool RequireConsistent,
    bool UseCache,
    TimeSpan MaxStale,
    ulong MinIndex,
    TimeSpan? Wait,
    string Filter,
    CacheControl CacheControl)
{
    /// <exception cref="ConsulHttpError">400 with Consul's message for a bad flag combination, header or value.</exception>
    public static ReadOptions Parse(ConsulRequest request)
    {
        var query = request.Query;
        var allowStale = query.Has("stale");
        var requireConsistent = query.Has("consistent");
        var useCache = query.Has("cached") && request.Simulator.Options.UseCache;
        var maxStale = TimeSpan.Zero;
        if (query.Get("max_stale") is { Length: > 0 } maxStaleText)
        {
            if (!GoDuration.TryParse(maxStaleText, out maxStale))
            {
                throw ConsulHttpError.BadRequest($"Invalid max_stale value \"{maxStaleText}\"");
            }

            allowStale |= maxStale > TimeSpan.Zero;
        }

        if (allowStale && requireConsistent)
        {
            throw ConsulHttpError.BadRequest("Cannot specify ?stale with ?consistent, conflicting semantics.");
        }

        if (useCache && requireConsistent)
        {
            throw ConsulHttpError.BadRequest("Cannot specify ?cached with ?consistent, conflicting semantics.");
        }

        var cacheHeader = request.Http.Request.Headers.CacheControl.ToString();
        var cacheControl = cacheHeader.Length == 0 ? CacheControl.None : CacheControl.Parse(cacheHeader);
        var (minIndex, wait) = ParseWait(query);
        return new ReadOptions(allowStale, requireConsistent, useCache, maxStale, minIndex, wait, query.Get("filter"), cacheControl);
    }

    private static (ulong MinIndex, TimeSpan? Wait) ParseWait(GoQuery query)
    {
        TimeSpan? wait = null;
        if (query.Get("wait") is { Length: > 0 } waitText)
        {
            wait = GoDuration.TryParse(waitText, out var parsed) ? parsed : throw ConsulHttpError.BadRequest("Invalid wait time");
        }

        ulong minIndex = 0;
        if (query.Get("index") is { Length: > 0 } indexText && !ulong.TryParse(indexText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minIndex))
        {
            throw ConsulHttpError.BadRequest("Invalid index");
        }

        return (minIndex, wait);
    }
}

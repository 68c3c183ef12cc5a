namespace Renderer.ConsulSimulator.Http;

/// <summary>The <c>Cache-Control</c> directives Consul reads (agent/http.go parseCacheControl).</summary>
internal sealed record CacheControl(TimeSpan? MaxAge, bool MustRevalidate, TimeSpan? StaleIfError)
{
    public static CacheControl None { get; } = new(null, false, null);

    /// <exception cref="ConsulHttpError">400 <c>Invalid Cache-Control header.</c> for a non-integer number of seconds.</exception>
    public static CacheControl Parse(string header)
    {
        var result = None;
        foreach (var raw in header.ToLowerInvariant().Split(','))
        {
            var directive = raw.Trim();
            if (directive == "must-revalidate")
            {
                result = result with { MustRevalidate = true };
            }
            else if (directive.StartsWith("max-age=", StringComparison.Ordinal))
            {
                var maxAge = Seconds(directive["max-age=".Length..]);
                result = result with { MaxAge = maxAge, MustRevalidate = result.MustRevalidate || maxAge == TimeSpan.Zero };
            }
            else if (directive.StartsWith("stale-if-error=", StringComparison.Ordinal))
            {
                result = result with { StaleIfError = Seconds(directive["stale-if-error=".Length..]) };
            }
        }

        return result;
    }

    private static TimeSpan Seconds(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw ConsulHttpError.BadRequest("Invalid Cache-Control header.");
}

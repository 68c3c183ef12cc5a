namespace Renderer.Consul.Http;

/// <summary>One read, ready to send (and to resend on retry: everything here is immutable).</summary>
/// <param name="Endpoint">The API path, for messages and logs (never carries the token).</param>
/// <param name="Uri">Absolute URI with the query string.</param>
/// <param name="Options">The query options (token override, cache control).</param>
/// <param name="Timeout">Per-attempt time-out: covers the server's wait plus jitter for blocking reads.</param>
/// <param name="NotFoundIsEmpty">A 404 is an answer (KV), not an error.</param>
/// <param name="CacheControl">The <c>Cache-Control</c> header value, if any.</param>
internal sealed record ConsulRequest(
    string Endpoint, Uri Uri, QueryOptions Options, TimeSpan Timeout, bool NotFoundIsEmpty, string? CacheControl);

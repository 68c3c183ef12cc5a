using System.Text;

namespace Renderer.Consul.Http;

/// <summary>Reads the plain-text reason Consul puts in an error body (spec §4), bounded so a proxy page cannot flood a log.</summary>
internal static class ErrorBody
{
    private const int MaxBytes = 2048;

    public static async Task<string> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBytes + 1];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)
                .ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(buffer, 0, Math.Min(length, MaxBytes)).Trim();
            return length > MaxBytes ? text + "…" : text;
        }
    }
}

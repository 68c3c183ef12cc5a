using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Renderer.ConsulSimulator.Faults;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// Writes bodies the way Consul's HTTP layer does: JSON minified (indented by 4 with a trailing newline
/// under <c>?pretty</c> or dev mode), errors as bare text, gzip from 1400 bytes when the client accepts it
/// (NYTimes gziphandler defaults), and the trickle fault applied last.
/// </summary>
internal static class ConsulResponse
{
    /// <summary>Key of <see cref="HttpContext.Items"/> holding a <see cref="TrickleFault"/> for this response.</summary>
    public const string TrickleItem = "consul-sim.trickle";

    /// <summary>Key of <see cref="HttpContext.Items"/> holding the simulator's <see cref="TimeProvider"/>.</summary>
    public const string ClockItem = "consul-sim.clock";

    private const int GzipMinimumSize = 1400;

    public static Task WriteJsonAsync(ConsulRequest request, Action<Utf8JsonWriter> write, int statusCode = 200)
    {
        var pretty = request.Query.Has("pretty") || request.Simulator.Options.PrettyJson;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions(pretty)))
        {
            write(writer);
        }

        if (pretty)
        {
            buffer.WriteByte((byte)'\n');
        }

        return WriteBodyAsync(request.Http, statusCode, ConsulHeaders.Json, buffer.ToArray(), request.Aborted);
    }

    public static Task WriteTextAsync(HttpContext http, int statusCode, string text, CancellationToken cancellationToken) =>
        WriteBodyAsync(http, statusCode, text.Length == 0 ? null : ConsulHeaders.TextPlain, Encoding.UTF8.GetBytes(text), cancellationToken);

    public static Task WriteEmptyAsync(ConsulRequest request, int statusCode = 200) =>
        WriteBodyAsync(request.Http, statusCode, null, [], request.Aborted);

    public static async Task WriteBodyAsync(HttpContext http, int statusCode, string? contentType, byte[] body, CancellationToken cancellationToken)
    {
        var response = http.Response;
        response.StatusCode = statusCode;
        if (contentType is not null)
        {
            response.ContentType = contentType;
        }

        if (body.Length >= GzipMinimumSize && AcceptsGzip(http.Request))
        {
            body = Gzip(body);
            response.Headers.ContentEncoding = "gzip";
        }

        if (http.Items[TrickleItem] is TrickleFault trickle)
        {
            await TrickleAsync(http, body, trickle, cancellationToken);
            return;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }

    private static async Task TrickleAsync(HttpContext http, byte[] body, TrickleFault trickle, CancellationToken cancellationToken)
    {
        var clock = http.Items[ClockItem] as TimeProvider ?? TimeProvider.System;
        var chunk = Math.Max(1, trickle.ChunkSize);
        await http.Response.StartAsync(cancellationToken);
        for (var offset = 0; offset < body.Length; offset += chunk)
        {
            if (offset > 0)
            {
                await Task.Delay(trickle.Delay, clock, cancellationToken);
            }

            await http.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(chunk, body.Length - offset)), cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
        }
    }

    private static JsonWriterOptions JsonOptions(bool pretty) => new()
    {
        Indented = pretty,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}

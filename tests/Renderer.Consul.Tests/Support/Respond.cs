using System.Globalization;
using System.Net;
using System.Text;

namespace Renderer.Consul.Tests.Support;

/// <summary>Builds responses shaped like Consul's (spec §4, §13 item 5).</summary>
public static class Respond
{
    /// <summary>A JSON answer with the meta headers Consul sets on blocking-capable reads.</summary>
    public static HttpResponseMessage Json(string body, ulong? index = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        if (index is { } value)
        {
            response.Headers.TryAddWithoutValidation("X-Consul-Index", value.ToString(CultureInfo.InvariantCulture));
            response.Headers.TryAddWithoutValidation("X-Consul-KnownLeader", "true");
            response.Headers.TryAddWithoutValidation("X-Consul-LastContact", "0");
        }

        return response;
    }

    /// <summary>A plain-text error, as Consul sends them.</summary>
    public static HttpResponseMessage Text(HttpStatusCode status, string body, ulong? index = null)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=utf-8");
        if (index is { } value)
        {
            response.Headers.TryAddWithoutValidation("X-Consul-Index", value.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    public static HttpResponseMessage With(this HttpResponseMessage response, string header, string value)
    {
        response.Headers.TryAddWithoutValidation(header, value);
        return response;
    }

    /// <summary>What SocketsHttpHandler throws when nothing listens on the port.</summary>
    public static HttpRequestException ConnectionRefused() =>
        new(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:8500)",
            new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

    /// <summary>
    /// An answer that never comes: completes (cancelled) only when the request is cancelled, synchronously, so the
    /// fake clock that fired the cancellation also drives what follows.
    /// </summary>
    public static Task<HttpResponseMessage> Never(CancellationToken cancellationToken, Action? onCancelled = null)
    {
        var pending = new TaskCompletionSource<HttpResponseMessage>();
        cancellationToken.Register(() =>
        {
            onCancelled?.Invoke();
            pending.TrySetCanceled(cancellationToken);
        });
        return pending.Task;
    }
}

using System.Net.Http;
using System.Net.Sockets;

namespace Renderer.Consul.Http;

/// <summary>Connects the HTTP handler to a unix domain socket (<c>CONSUL_HTTP_ADDR=unix:///path</c>).</summary>
internal static class UnixSocketConnector
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(string socketPath)
    {
        var endPoint = new UnixDomainSocketEndPoint(socketPath);
        return async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
    }
}

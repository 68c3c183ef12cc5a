using System.Net;
using System.Net.Sockets;

namespace Renderer.TestKit;

/// <summary>Hands out loopback TCP ports that were free a moment ago and not handed out before in this process.</summary>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (Gate)
            {
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException("Could not find a free loopback port in 100 attempts.");
    }
}

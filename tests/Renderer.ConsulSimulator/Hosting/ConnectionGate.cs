using System.Net;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace Renderer.ConsulSimulator.Hosting;

/// <summary>
/// Kestrel connection middleware that counts TCP connections and enforces Consul's per-client-IP limit
/// (<c>limits.http_max_conns_per_client</c>, hashicorp/go-connlimit): the connection over the limit gets a
/// raw 429 written before any HTTP parsing and is closed; existing connections are unaffected.
/// </summary>
internal sealed class ConnectionGate(SimulatorCounters counters, int maxPerClient)
{
    private static readonly byte[] TooManyConnections = Encoding.ASCII.GetBytes(
        "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n"
        + "Your IP is issuing too many concurrent connections, please rate limit your calls\n");

    private readonly Dictionary<IPAddress, int> _perClient = [];

    /// <param name="plainText">False on the TLS listener, where raw bytes before the handshake would be garbage: it just closes.</param>
    public Func<ConnectionDelegate, ConnectionDelegate> Middleware(bool plainText) => next => async connection =>
    {
        var client = (connection.RemoteEndPoint as IPEndPoint)?.Address ?? IPAddress.None;
        counters.ConnectionOpened();
        var open = Enter(client);
        try
        {
            if (maxPerClient > 0 && open > maxPerClient)
            {
                counters.ConnectionRejected();
                if (plainText)
                {
                    await RejectAsync(connection);
                }

                return;
            }

            await next(connection);
        }
        finally
        {
            Leave(client);
            counters.ConnectionClosed();
        }
    };

    private static async Task RejectAsync(ConnectionContext connection)
    {
        await connection.Transport.Output.WriteAsync(TooManyConnections);
        await connection.Transport.Output.FlushAsync();

        // Read what the client already sent before closing, so the close is a FIN the client can read
        // the 429 before, not a reset (unread input makes the kernel answer with RST).
        using var drain = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
        try
        {
            while (true)
            {
                var result = await connection.Transport.Input.ReadAsync(drain.Token);
                connection.Transport.Input.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private int Enter(IPAddress client)
    {
        lock (_perClient)
        {
            var open = _perClient.GetValueOrDefault(client) + 1;
            _perClient[client] = open;
            return open;
        }
    }

    private void Leave(IPAddress client)
    {
        lock (_perClient)
        {
            if (--_perClient[client] == 0)
            {
                _perClient.Remove(client);
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Renderer.Consul.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on a real socket (TCP loopback or a unix socket, optionally TLS) for what a stub
/// handler cannot show: connection reuse and limits, socket transport, certificates. Keeps connections alive;
/// a responder returning <c>null</c> leaves that request unanswered until the server is disposed.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly Func<string, string?> _responder;
    private readonly X509Certificate2? _certificate;
    private readonly bool _requireClientCertificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _tasks = [];
    private readonly List<string> _requests = [];
    private int _connections;

    private LoopbackHttpServer(
        Socket listener, string address, Func<string, string?> responder, X509Certificate2? certificate, bool requireClientCertificate)
    {
        _listener = listener;
        Address = address;
        _responder = responder;
        _certificate = certificate;
        _requireClientCertificate = requireClientCertificate;
        lock (_tasks)
        {
            _tasks.Add(AcceptLoopAsync());
        }
    }

    /// <summary>The address to give the client (<c>http://127.0.0.1:port</c>, <c>https://…</c> or <c>unix://…</c>).</summary>
    public string Address { get; }

    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Request lines and headers, one string per request.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public X509Certificate? ClientCertificate { get; private set; }

    /// <param name="responder">Request head → JSON body to answer 200 with, or null to never answer.</param>
    public static LoopbackHttpServer StartTcp(
        Func<string, string?> responder, X509Certificate2? certificate = null, bool requireClientCertificate = false)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(64);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var scheme = certificate is null ? "http" : "https";
        return new LoopbackHttpServer(
            listener, $"{scheme}://127.0.0.1:{port}", responder, certificate, requireClientCertificate);
    }

    public static LoopbackHttpServer StartUnix(string socketPath, Func<string, string?> responder)
    {
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(64);
        return new LoopbackHttpServer(listener, "unix://" + socketPath, responder, null, false);
    }

    /// <summary>Waits (real time, bounded) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), $"Timed out waiting until {what}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        Task[] tasks;
        lock (_tasks)
        {
            tasks = [.. _tasks];
        }

        await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            lock (_tasks)
            {
                _tasks.Add(ServeAsync(socket));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        await using var network = new NetworkStream(socket, ownsSocket: true);
        await using var stream = await AuthenticateAsync(network);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var head = await ReadHeadAsync(stream);
                if (head is null)
                {
                    return;
                }

                lock (_requests)
                {
                    _requests.Add(head);
                }

                var body = _responder(head);
                if (body is null)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                await WriteResponseAsync(stream, body!);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Client went away or the server stops.
        }
    }

    private async Task<Stream> AuthenticateAsync(NetworkStream network)
    {
        if (_certificate is null)
        {
            return network;
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = _certificate,
                    ClientCertificateRequired = _requireClientCertificate,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    {
                        ClientCertificate = certificate;
                        return !_requireClientCertificate || certificate is not null;
                    },
                },
                _stop.Token);
        }
        catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException)
        {
            // The client refused our certificate; the test looks at the client side.
        }

        return ssl;
    }

    private static async Task<string?> ReadHeadAsync(Stream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                return null;
            }

            head.Append((char)buffer[0]);
        }

        return head.ToString();
    }

    private static async Task WriteResponseAsync(Stream stream, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = string.Create(
            CultureInfo.InvariantCulture,
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nX-Consul-Index: 7\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// A tiny HTTP/1.x server on a free 127.0.0.1 port that answers every request with its own name, so a test can
/// tell which upstream nginx picked. It counts the requests it answered.
/// </summary>
internal sealed class HttpBackend : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly List<Task> _answers = [];
    private readonly Lock _gate = new();
    private int _hits;

    private HttpBackend(string name, TcpListener listener)
    {
        Name = name;
        _listener = listener;
        _acceptLoop = AcceptAsync(_stop.Token);
    }

    /// <summary>The name it answers with (also its service ID in Consul).</summary>
    public string Name { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Requests answered so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    public static HttpBackend Start(string name)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new HttpBackend(name, listener);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        // The accept loop first, so that no answer starts after the ones awaited here were listed.
        await _acceptLoop.ContinueWith(static _ => { }, TaskScheduler.Default);
        Task[] answers;
        lock (_gate)
        {
            answers = [.. _answers];
        }

        await Task.WhenAll(answers);
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            var answer = AnswerAsync(client, cancellationToken);
            lock (_gate)
            {
                _answers.RemoveAll(task => task.IsCompleted);
                _answers.Add(answer);
            }
        }
    }

    private async Task AnswerAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            var stream = client.GetStream();
            await ReadRequestHeadAsync(stream, timeout.Token);
            Interlocked.Increment(ref _hits);
            var body = Encoding.ASCII.GetBytes(Name);
            var head = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, timeout.Token);
            await stream.WriteAsync(body, timeout.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // A client that went away is not this test's concern; nginx retries or reports it.
        }
    }

    /// <summary>Reads up to the blank line that ends the request head (GETs only: no body follows).</summary>
    private static async Task ReadRequestHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                throw new IOException("The client closed the connection before the request head ended.");
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                return;
            }
        }

        throw new IOException("The request head is larger than 8 KiB.");
    }
}

using System.Net;
using System.Text;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>Requests through nginx, and what to print when an expectation is not met.</summary>
internal sealed partial class ProxyStack
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>
    /// Sends <paramref name="requests"/> GETs through nginx, each on a new connection (a kept-alive connection would
    /// stay with an old worker after a reload), and counts who answered.
    /// </summary>
    public async Task<TrafficSample> SampleAsync(int requests = 20)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < requests; i++)
        {
            var answer = await GetAsync();
            answers[answer] = answers.GetValueOrDefault(answer) + 1;
        }

        return new TrafficSample(answers);
    }

    /// <summary>
    /// Waits for the first render to be live: one reload finished by nginx (the placeholder's worker gone), and
    /// requests answered by every backend registered at start.
    /// </summary>
    public async Task<TrafficSample> WaitForFirstRenderAsync()
    {
        await WaitForNginxReloadsAsync(1);
        return await WaitUntilServedByAsync([.. _backends]);
    }

    /// <summary>Waits until a sample through nginx is answered by exactly <paramref name="backends"/>, each at least once.</summary>
    public async Task<TrafficSample> WaitUntilServedByAsync(params HttpBackend[] backends)
    {
        var last = new TrafficSample(new Dictionary<string, int>());
        await Eventually.HoldsAsync(
            async () => (last = await SampleAsync(10)).IsExactly(backends),
            $"requests through nginx answered by exactly {string.Join(" and ", backends.Select(backend => backend.Name))}",
            () => Diagnostics($"last sample: {last}"));
        return last;
    }

    /// <summary>
    /// Waits until the renderer has run exactly <paramref name="reloads"/> successful reload commands and nginx has
    /// finished them: a reload is done when the worker of the previous configuration has exited (the master logs
    /// "worker process N exited"). Until then that old worker may still accept new connections with the old upstreams.
    /// </summary>
    public Task WaitForNginxReloadsAsync(int reloads) =>
        Eventually.HoldsAsync(
            () => Renderer.CountLines("Reload command ", " succeeded") == reloads && RetiredNginxWorkers() >= reloads,
            $"{reloads} reloads run by the renderer and finished by nginx (old workers exited)",
            () => Diagnostics());

    /// <summary>The value of header <paramref name="name"/> on one response through nginx, or null (none, or no response).</summary>
    public async Task<string?> ResponseHeaderAsync(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{ListenPort}/");
        request.Headers.ConnectionClose = true;
        try
        {
            using var response = await _http.SendAsync(request);
            return response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>What a failed assertion should show: the rendered file, the renderer's log, nginx's error log.</summary>
    public string Diagnostics(string? headline = null)
    {
        var text = new StringBuilder();
        if (headline is not null)
        {
            text.Append(headline).Append('\n');
        }

        text.Append("--- ").Append(DestinationPath).Append(" ---\n").Append(ReadShared(DestinationPath))
            .Append("--- renderer (pid ").Append(_renderer?.Id).Append(_renderer is { HasExited: true } ? ", exited" : "").Append(") ---\n")
            .Append(_renderer?.Output)
            .Append("--- nginx error log (last 30 lines) ---\n")
            .Append(string.Join('\n', ReadShared(_nginx?.ErrorLogPath).Split('\n').TakeLast(30)));
        return text.ToString();
    }

    private async Task<string> GetAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{ListenPort}/");
        request.Headers.ConnectionClose = true;
        try
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK ? body : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"error: {e.GetType().Name}: {e.Message}";
        }
    }

    // One worker (worker_processes 1): each finished reload retires exactly one worker.
    private int RetiredNginxWorkers() =>
        ReadShared(Nginx.ErrorLogPath).Split('\n').Count(line => line.Contains("worker process ", StringComparison.Ordinal) && line.Contains(" exited", StringComparison.Ordinal));

    private static string ReadShared(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return "(missing)\n";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

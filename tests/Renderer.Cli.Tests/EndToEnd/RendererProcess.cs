using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// <c>renderer</c> as a real child process (<c>dotnet renderer.dll …</c> from the test's output folder), with stdout
/// and stderr captured line by line for waiting on log lines and for assertion messages. Disposing kills it if it
/// still runs.
/// </summary>
internal sealed class RendererProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private RendererProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything it wrote so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static RendererProcess Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "renderer.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Only the command line may point the child at a Consul: a developer's CONSUL_HTTP_* must not leak in.
        foreach (var name in startInfo.Environment.Keys.Where(key => key.StartsWith("CONSUL_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        var process = new Process { StartInfo = startInfo };
        var child = new RendererProcess(process);
        process.OutputDataReceived += (_, e) => child.Append("out", e.Data);
        process.ErrorDataReceived += (_, e) => child.Append("err", e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Number of output lines that contain every one of <paramref name="parts"/>.</summary>
    public int CountLines(params string[] parts) =>
        Output.Split('\n').Count(line => parts.All(part => line.Contains(part, StringComparison.Ordinal)));

    /// <summary>Sends a POSIX signal (<c>TERM</c>, <c>HUP</c>, …) through kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {name} {Id} failed with exit code {kill.ExitCode}.");
        }
    }

    /// <summary>Waits for the process to end and returns its exit code, or null when it is still running at the deadline.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string DotnetHost() =>
        // The SDK's test runner names the dotnet it runs under; fall back to PATH when run by another host.
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private void Append(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Append(stream).Append(": ").Append(line).Append('\n');
        }
    }
}

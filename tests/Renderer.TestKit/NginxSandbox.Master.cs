using System.Diagnostics;

namespace Renderer.TestKit;

public sealed partial class NginxSandbox
{
    private static readonly TimeSpan MasterTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The running master's process id, or null.</summary>
    public int? MasterProcessId => _master is { HasExited: false } master ? master.Id : null;

    /// <summary>
    /// Starts a master (in the foreground, as a child of the test) on <paramref name="mainConfigPath"/> and waits until
    /// it has written its pid file, which nginx does after binding every listening socket.
    /// </summary>
    public async Task StartAsync(string mainConfigPath, CancellationToken cancellationToken = default)
    {
        if (_master is not null)
        {
            throw new InvalidOperationException("This sandbox already runs an nginx master.");
        }

        File.Delete(PidPath);
        var startInfo = new ProcessStartInfo(BinaryPath) { UseShellExecute = false };
        foreach (var argument in CommonArguments(mainConfigPath).Concat(["-g", "daemon off;"]))
        {
            startInfo.ArgumentList.Add(argument);
        }

        _master = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{BinaryPath}'.");
        var deadline = Stopwatch.StartNew();
        while (!PidFileNames(_master.Id))
        {
            if (_master.HasExited || deadline.Elapsed > MasterTimeout)
            {
                var exit = _master.HasExited ? $"exited with code {_master.ExitCode}" : $"did not start within {MasterTimeout}";
                StopMaster();
                throw new InvalidOperationException($"nginx {exit}. Error log:\n{ReadLog(0)}");
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <c>nginx -s reload</c> and waits until the master either started workers on the new configuration or
    /// logged why it kept the old one. Old workers may still answer for a moment after this returns.
    /// </summary>
    public async Task<NginxReloadResult> ReloadAsync(string mainConfigPath, CancellationToken cancellationToken = default)
    {
        if (MasterProcessId is null)
        {
            throw new InvalidOperationException("No nginx master is running in this sandbox; call StartAsync first.");
        }

        var offset = new FileInfo(ErrorLogPath).Length;
        var signal = ChildProcess.Run(BinaryPath, ["-s", "reload", .. CommonArguments(mainConfigPath)], MasterTimeout);
        if (signal.ExitCode != 0)
        {
            return new NginxReloadResult(false, signal.Output);
        }

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < MasterTimeout)
        {
            var log = ReadLog(offset);
            var reconfiguring = log.IndexOf("reconfiguring", StringComparison.Ordinal);
            if (reconfiguring >= 0)
            {
                var after = log[reconfiguring..];
                if (after.Contains("start worker process", StringComparison.Ordinal))
                {
                    return new NginxReloadResult(true, log);
                }

                if (after.Contains("[emerg]", StringComparison.Ordinal) || after.Contains("[alert]", StringComparison.Ordinal))
                {
                    return new NginxReloadResult(false, log);
                }
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"nginx did not finish reloading within {MasterTimeout}. Log since the signal:\n{ReadLog(offset)}");
    }

    /// <summary>Stops the master (fast shutdown) and waits for it to exit.</summary>
    public Task StopAsync() => Task.Run(StopMaster);

    private void StopMaster()
    {
        if (_master is null)
        {
            return;
        }

        using var master = _master;
        _master = null;
        if (!master.HasExited)
        {
            // SIGTERM through nginx's own signal path lets the master take its workers down with it.
            ChildProcess.Run("kill", ["-TERM", master.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], MasterTimeout);
            if (!master.WaitForExit(MasterTimeout))
            {
                master.Kill(entireProcessTree: true);
                master.WaitForExit();
            }
        }
    }

    private bool PidFileNames(int processId)
    {
        try
        {
            return File.Exists(PidPath) && File.ReadAllText(PidPath).Trim() == processId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string ReadLog(long offset)
    {
        if (!File.Exists(ErrorLogPath))
        {
            return "";
        }

        using var stream = new FileStream(ErrorLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

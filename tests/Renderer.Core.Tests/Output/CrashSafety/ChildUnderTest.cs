using System.Diagnostics;
using System.Text;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// A child process the crash tests kill: its stdout lines are collected as they arrive, one line (or the exit) can
/// be awaited, and <see cref="KillAfter"/> sends SIGKILL at a precise moment.
/// </summary>
internal sealed class ChildUnderTest : IDisposable
{
    /// <summary>What <see cref="Process.ExitCode"/> reports for a child ended by SIGKILL (128 + 9).</summary>
    public const int KilledExitCode = 137;

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<bool> _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<string, bool> _isSignal;
    private TimeSpan? _killedAt;

    private ChildUnderTest(Process process, Func<string, bool> isSignal)
    {
        _process = process;
        _isSignal = isSignal;
    }

    public string CommandLine => $"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)}";

    /// <summary>Starts the child; <paramref name="isSignal"/> picks the stdout line <see cref="WaitForSignalAsync"/> waits for.</summary>
    public static ChildUnderTest Start(string fileName, IEnumerable<string> arguments, Func<string, bool> isSignal)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildUnderTest(process, isSignal);
        process.OutputDataReceived += (_, e) => child.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnError(e.Data);
        process.Exited += (_, _) => child._signal.TrySetResult(false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>True once the awaited line came; false when the child exited first.</summary>
    public async Task<bool> WaitForSignalAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_signal.Task, Task.Delay(timeout)).ConfigureAwait(false);
        return finished == _signal.Task
            ? await _signal.Task.ConfigureAwait(false)
            : throw new TimeoutException($"'{CommandLine}' gave no sign of work within {timeout}.");
    }

    /// <summary>Waits <paramref name="delay"/> (spinning the last stretch: Thread.Sleep alone is too coarse), then SIGKILLs.</summary>
    /// <returns>True when the kill was sent; false when the child had already exited.</returns>
    public bool KillAfter(TimeSpan delay)
    {
        var clock = Stopwatch.StartNew();
        var coarse = delay - TimeSpan.FromMilliseconds(2);
        if (coarse > TimeSpan.Zero)
        {
            Thread.Sleep(coarse);
        }

        while (clock.Elapsed < delay)
        {
            Thread.SpinWait(64);
        }

        if (_process.HasExited)
        {
            return false;
        }

        // Process.Kill sends SIGKILL on Unix: no handler, no finally block, no flush runs in the child.
        _process.Kill();
        _killedAt = clock.Elapsed;
        return true;
    }

    /// <summary>Waits for the exit and for the end of both pipes, so every line the child wrote before dying is in.</summary>
    public ChildExit WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException($"'{CommandLine}' did not exit (SIGKILL sent: {_killedAt?.ToString() ?? "no"}, pid {_process.Id}); /proc says: {ProcessState()}");
        }

        _process.WaitForExit();
        lock (_lines)
        {
            return new ChildExit(_process.ExitCode, [.. _lines], _errors.ToString());
        }
    }

    private string ProcessState()
    {
        try
        {
            var status = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return $"{status}, wchan {File.ReadAllText($"/proc/{_process.Id}/wchan")}";
        }
        catch (IOException error)
        {
            return error.Message;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped: nothing to stop.
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        if (_isSignal(line))
        {
            _signal.TrySetResult(true);
        }
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _errors.Append(line).Append('\n');
            }
        }
    }
}

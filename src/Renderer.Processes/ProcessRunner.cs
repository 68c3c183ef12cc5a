using System.ComponentModel;
using System.Diagnostics;

namespace Renderer.Processes;

/// <summary>
/// Runs a <see cref="ProcessCommand"/> to completion with bounded time and output. Exit codes, timeouts and
/// cancellation are reported in the <see cref="ProcessResult"/> (call <see cref="ProcessResult.EnsureSuccess"/> to
/// turn them into exceptions); only a failure to start throws.
/// </summary>
/// <remarks>
/// An early end is graceful before forceful: SIGTERM to the process and its descendants, then, after
/// <see cref="ProcessRunOptions.GracePeriod"/>, SIGKILL to the whole tree. Standard input is closed at once, so a
/// command that reads it sees end-of-file instead of hanging on the caller's terminal.
/// </remarks>
public static partial class ProcessRunner
{
    private const int ReadChunkBytes = 16 * 1024;

    /// <summary>Starts <paramref name="command"/> and waits for it to exit, time out or be cancelled.</summary>
    /// <exception cref="ProcessStartException">The process could not be started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the start.</exception>
    public static async Task<ProcessResult> RunAsync(
        ProcessCommand command,
        ProcessRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        options ??= ProcessRunOptions.Default;
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        using var process = new Process { StartInfo = CreateStartInfo(command) };
        var time = options.TimeProvider;
        var started = time.GetTimestamp();
        Start(process, command);

        var standardOutput = new BoundedOutputBuffer(options.MaxOutputBytes);
        var standardError = new BoundedOutputBuffer(options.MaxOutputBytes);
        using var stopReading = new CancellationTokenSource();
        var pumps = Task.WhenAll(
            PumpAsync(process.StandardOutput.BaseStream, standardOutput, stopReading.Token),
            PumpAsync(process.StandardError.BaseStream, standardError, stopReading.Token));

        var (termination, killed) = await WaitForExitAsync(process, options, cancellationToken).ConfigureAwait(false);
        var duration = time.GetElapsedTime(started);
        await DrainAsync(pumps, options, stopReading).ConfigureAwait(false);

        return new ProcessResult(command, process.ExitCode, standardOutput.GetText(), standardError.GetText(), duration, termination, killed)
        {
            StandardOutputTruncated = standardOutput.Truncated,
            StandardErrorTruncated = standardError.Truncated,
        };
    }

    private static ProcessStartInfo CreateStartInfo(ProcessCommand command)
    {
        var startInfo = new ProcessStartInfo(command.TargetFilePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory ?? "",
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in command.EnvironmentVariables)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }

    private static void Start(Process process, ProcessCommand command)
    {
        try
        {
            process.Start();
        }
        catch (Exception error) when (error is Win32Exception or IOException or UnauthorizedAccessException)
        {
            throw new ProcessStartException(command, error);
        }

        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child may already have exited and closed its end; nothing to tell it then.
        }
    }

    private static async Task PumpAsync(Stream stream, BoundedOutputBuffer buffer, CancellationToken cancellationToken)
    {
        var chunk = new byte[ReadChunkBytes];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Append(chunk.AsSpan(0, read));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Reading stops when we give up on a pipe held open by a daemon, or when the process object is disposed.
        }
    }

    private static async Task DrainAsync(Task pumps, ProcessRunOptions options, CancellationTokenSource stopReading)
    {
        try
        {
            await pumps.WaitAsync(options.OutputDrainTimeout, options.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A descendant outside our tree (a daemon that re-parented itself) still holds the pipe: keep what we have.
            await stopReading.CancelAsync().ConfigureAwait(false);
        }
    }
}

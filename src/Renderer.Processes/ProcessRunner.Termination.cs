using System.Diagnostics;
using Renderer.Processes.Interop;

namespace Renderer.Processes;

public static partial class ProcessRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    private static async Task<(ProcessTermination Termination, bool Killed)> WaitForExitAsync(
        Process process,
        ProcessRunOptions options,
        CancellationToken cancellationToken)
    {
        using var timeout = options.Timeout is { } limit && limit != Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource(limit, options.TimeProvider)
            : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            return (ProcessTermination.None, false);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            var termination = cancellationToken.IsCancellationRequested ? ProcessTermination.Cancellation : ProcessTermination.Timeout;
            var killed = await TerminateAsync(process, options).ConfigureAwait(false);
            return (termination, killed);
        }
    }

    /// <summary>SIGTERM to the tree, wait up to the grace period, then SIGKILL whatever is left. Returns whether it killed.</summary>
    private static async Task<bool> TerminateAsync(Process process, ProcessRunOptions options)
    {
        if (OperatingSystem.IsWindows())
        {
            // No interrupt to send on Windows; the product targets Linux, this keeps the library usable elsewhere.
            KillTree(process, []);
            return true;
        }

        var tree = ProcessTree.Snapshot(process.Id);
        ProcessTree.Signal(tree, Libc.SigTerm);
        if (await WaitForTreeExitAsync(process, tree, options).ConfigureAwait(false))
        {
            return false;
        }

        KillTree(process, tree);
        return true;
    }

    private static async Task<bool> WaitForTreeExitAsync(Process process, IReadOnlyList<ProcessTree.Member> tree, ProcessRunOptions options)
    {
        var time = options.TimeProvider;
        var started = time.GetTimestamp();
        while (true)
        {
            if (process.HasExited && !tree.Skip(1).Any(ProcessTree.IsAlive))
            {
                return true;
            }

            var remaining = options.GracePeriod - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.Delay(remaining < PollInterval ? remaining : PollInterval, time).ConfigureAwait(false);
        }
    }

    private static void KillTree(Process process, IReadOnlyList<ProcessTree.Member> earlierTree)
    {
        if (!OperatingSystem.IsWindows())
        {
            // Descendants seen at interrupt time plus any forked since; the root may already be gone.
            var current = process.HasExited ? [] : ProcessTree.Snapshot(process.Id);
            ProcessTree.Signal(earlierTree.Concat(current).Distinct(), Libc.SigKill);
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }

        process.WaitForExit();
    }
}

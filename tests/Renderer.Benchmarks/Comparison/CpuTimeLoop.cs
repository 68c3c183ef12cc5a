using System.Diagnostics;

namespace Renderer.Benchmarks.Comparison;

/// <summary>
/// A plain timing loop beside BenchmarkDotNet: renders many times and divides the process's CPU time (every thread,
/// so the collector's work counts) by the number of renders. On a machine shared with other jobs, wall time also
/// counts the time others ran; CPU time does not, so the CPU-time ratio to Go's loop (which measures the same way)
/// is the steadier comparison there.
/// </summary>
public static class CpuTimeLoop
{
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(2);

    /// <summary>Warms up (tiered JIT needs 30 calls and a moment to promote), then times <paramref name="operations"/> renders.</summary>
    public static LoopResult Run(string name, Func<string> render, int operations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(operations, 1);
        var warmup = Stopwatch.StartNew();
        for (var i = 0; i < 50 || warmup.Elapsed < MinimumWarmup; i++)
        {
            render();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            render();
        }

        wall.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new LoopResult(name, operations, cpu.TotalNanoseconds / operations, wall.Elapsed.TotalNanoseconds / operations, allocated / operations);
    }
}

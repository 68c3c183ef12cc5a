using System.Globalization;

namespace Renderer.Benchmarks.Comparison;

/// <summary>What <see cref="CpuTimeLoop"/> measured for one render.</summary>
/// <param name="Name">The benchmark it mirrors (EngineRender, ProductRender).</param>
/// <param name="Operations">Timed renders.</param>
/// <param name="CpuNanosecondsPerOperation">Process CPU time (user + system, all threads) per render.</param>
/// <param name="WallNanosecondsPerOperation">Elapsed time per render.</param>
/// <param name="BytesPerOperation">Managed bytes allocated per render.</param>
public sealed record LoopResult(
    string Name, int Operations, double CpuNanosecondsPerOperation, double WallNanosecondsPerOperation, long BytesPerOperation)
{
    public string Describe(GoResult? go)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"LOOP {Name}: {Operations} renders, {CpuNanosecondsPerOperation / 1e6:F3} ms CPU/op, "
            + $"{WallNanosecondsPerOperation / 1e6:F3} ms wall/op, {BytesPerOperation / 1024.0:F1} KB/op");
        return go is { CpuNanosecondsPerOperation: > 0 }
            ? line + string.Create(CultureInfo.InvariantCulture,
                $"; Go/this (CPU time) = {go.CpuNanosecondsPerOperation / CpuNanosecondsPerOperation:F2}")
            : line;
    }
}

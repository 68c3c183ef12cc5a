using System.Globalization;

namespace Renderer.Benchmarks.Profiling;

/// <summary>The <c>--allocations N</c> mode: the types each render allocates, per render, largest first.</summary>
public static class AllocationReport
{
    public static IEnumerable<string> Lines(string name, Func<string> render, int operations, int top = 15)
    {
        for (var i = 0; i < 30; i++)
        {
            render();
        }

        using var sampler = new AllocationSampler();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        for (var i = 0; i < operations; i++)
        {
            render();
        }

        var sampled = sampler.Stop();
        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        var sampledTotal = Math.Max(1, sampled.Sum(pair => pair.Value));
        yield return string.Create(CultureInfo.InvariantCulture,
            $"ALLOC {name}: {total / operations / 1024.0:F1} KB/render over {operations} renders; sampled by type:");
        foreach (var (type, bytes) in sampled.Take(top))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {100.0 * bytes / sampledTotal,5:F1} %  {bytes / operations / 1024.0,9:F1} KB/render  {type}");
        }
    }
}

using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// Consul's blocking query loop (agent/blockingquery/blockingquery.go): evaluate; answer at once when
/// there is no <c>index</c> or the result's index is greater; otherwise wait for a write or the timeout,
/// re-evaluate on every write, and on timeout answer with the last evaluation.
/// </summary>
internal static class BlockingQuery
{
    public static async Task<IndexedResult<T>> RunAsync<T>(ReadScope scope, Func<Datacenter, IndexedResult<T>> evaluate)
    {
        var datacenter = scope.Datacenter;
        var read = datacenter.Read(() => evaluate(datacenter));
        var minIndex = scope.Options.MinIndex;
        if (minIndex == 0 || read.Value.Index > minIndex)
        {
            return read.Value;
        }

        var simulator = scope.Request.Simulator;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(scope.Request.Aborted);
        var timeout = Task.Delay(Timeout(scope.Options.Wait, simulator.Options), simulator.Clock, timer.Token);
        simulator.Counters.BlockingStarted();
        try
        {
            while (true)
            {
                if (await Task.WhenAny(read.Changed, timeout) == timeout)
                {
                    await timeout;
                    return read.Value;
                }

                read = datacenter.Read(() => evaluate(datacenter));
                if (read.Value.Index > minIndex)
                {
                    return read.Value;
                }
            }
        }
        finally
        {
            simulator.Counters.BlockingEnded();
            await timer.CancelAsync();
        }
    }

    /// <summary>The wait (default when absent or ≤ 0, clamped to the maximum) plus jitter in [0, wait/16).</summary>
    public static TimeSpan Timeout(TimeSpan? requested, SimulatorOptions options)
    {
        var wait = requested is { } value && value > TimeSpan.Zero ? value : options.DefaultWait;
        if (wait > options.MaxWait)
        {
            wait = options.MaxWait;
        }

        if (!options.JitterEnabled)
        {
            return wait;
        }

        var sample = options.JitterSample?.Invoke() ?? Random.Shared.NextDouble();
        return wait + (wait / 16 * Math.Clamp(sample, 0, 0.999999));
    }
}

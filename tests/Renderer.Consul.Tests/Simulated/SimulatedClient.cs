using Renderer.ConsulSimulator;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>
/// A simulator on real loopback sockets and a client whose time is a <see cref="SocketClock"/>: backoff and rate
/// limit delays happen on the fake clock, which <see cref="StepUntilAsync"/> moves only while the client is idle on one
/// of them. Request time-outs are set far beyond any backoff so that stepping can never fire one.
/// </summary>
public sealed class SimulatedClient : IAsyncDisposable
{
    /// <summary>Timers due within this are backoff or rate-limit delays; request time-outs are made longer.</summary>
    public static readonly TimeSpan StepHorizon = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private SimulatedClient(ConsulSimulator.ConsulSimulator simulator, ConsulClientOptions options)
    {
        Simulator = simulator;
        Wire = new WireRecorder(Clock);
        Options = options with
        {
            Address = simulator.Address.ToString(),
            EnvironmentReader = _ => null,
            RequestTimeout = RequestTimeout,
            BlockingTimeoutSlack = RequestTimeout,
        };
        Client = new ConsulClient(Options, Wire, loggerFactory: null, Clock);
    }

    public ConsulSimulator.ConsulSimulator Simulator { get; }

    public SocketClock Clock { get; } = new();

    public WireRecorder Wire { get; }

    public ConsulClientOptions Options { get; }

    public ConsulClient Client { get; }

    /// <param name="simulator">Default: Consul's defaults without jitter.</param>
    /// <param name="client">Default: the client's defaults, retry jitter off (every delay is the exponential value).</param>
    public static async Task<SimulatedClient> StartAsync(SimulatorOptions? simulator = null, ConsulClientOptions? client = null)
    {
        var started = await ConsulSimulator.ConsulSimulator.StartAsync(simulator ?? new SimulatorOptions { JitterEnabled = false });
        return new SimulatedClient(started, client ?? new ConsulClientOptions { Retry = new ConsulRetryOptions { Randomizer = () => 0 } });
    }

    /// <summary>
    /// Moves the clock through the client's delays until <paramref name="done"/> holds: whenever the client is idle on
    /// a timer (no request in flight, a timer due within <see cref="StepHorizon"/>), the clock jumps to that timer;
    /// otherwise it waits a moment in real time for the sockets.
    /// </summary>
    /// <returns>True once <paramref name="done"/> holds; false, without moving, when the next timer is due at or
    /// after <paramref name="notAfter"/>.</returns>
    /// <exception cref="TimeoutException">20 s of real time without progress: the client is stuck mid-request.</exception>
    public async Task<bool> StepUntilAsync(Func<bool> done, DateTimeOffset? notAfter = null)
    {
        var patience = Task.Delay(Patience);
        while (!done())
        {
            if (Wire.InFlight == 0 && Clock.NextDue is { } due && due - Clock.GetUtcNow() <= StepHorizon)
            {
                if (due >= notAfter)
                {
                    return false;
                }

                Clock.MoveTo(due);
                patience = Task.Delay(Patience);
                continue;
            }

            if (patience.IsCompleted)
            {
                throw new TimeoutException($"The client neither got there nor waited on a timer within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2));
        }

        return true;
    }

    /// <summary>Steps the clock through every delay until <paramref name="task"/> completes, and returns it.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await StepUntilAsync(() => task.IsCompleted);
        return await task;
    }

    /// <summary>Waits in real time for a condition on the simulator (e.g. a query parked).</summary>
    public async Task WaitForAsync(Func<bool> condition, string what)
    {
        var patience = Task.Delay(Patience);
        while (!condition())
        {
            if (patience.IsCompleted)
            {
                throw new TimeoutException($"Still waiting for {what} after {Patience.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Wire.Dispose();
        await Simulator.DisposeAsync();
    }
}

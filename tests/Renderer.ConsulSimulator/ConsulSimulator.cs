using Renderer.ConsulSimulator.Faults;
using Renderer.ConsulSimulator.Hosting;
using Renderer.ConsulSimulator.State;
using Renderer.ConsulSimulator.Tls;

namespace Renderer.ConsulSimulator;

/// <summary>
/// An in-process stand-in for a Consul agent on 127.0.0.1, following the contract in
/// <c>shared/spec/consul-http-api.md</c>: blocking queries, per-service indexes, Consul's headers,
/// status codes and error bodies, ACLs, TLS, and fault injection for client tests.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await ConsulSimulator.StartAsync(new SimulatorOptions { MaxWait = TimeSpan.FromSeconds(1) });
/// sim.Datacenter.Register(new CatalogRegistration("node-1", "10.0.0.1") { Service = new ServiceRegistration("web") { Port = 80 } });
/// using var http = new HttpClient { BaseAddress = sim.Address };
/// </code>
/// </example>
public sealed partial class ConsulSimulator : IAsyncDisposable
{
    private readonly bool _ownsCertificates;

    private ConsulSimulator(SimulatorOptions options, SimulatorState state, SimulatorCertificates? certificates, bool ownsCertificates)
    {
        Options = options;
        State = state;
        Certificates = certificates;
        _ownsCertificates = ownsCertificates;
    }

    /// <summary>The options it was started with.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>All served state; pass it to <see cref="StartAsync"/> to start another instance on the same data.</summary>
    public SimulatorState State { get; }

    /// <summary>The agent's datacenter: register, deregister, set check status, write keys, move indexes, change leader.</summary>
    public Datacenter Datacenter => State.Primary;

    /// <summary>Faults to inject, changeable while running.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Connection and request counters.</summary>
    public SimulatorCounters Counters { get; } = new();

    /// <summary>The CA, server and client certificates (and their PEM files) when TLS is enabled.</summary>
    public SimulatorCertificates? Certificates { get; }

    /// <summary>The HTTP address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The HTTPS address when TLS is enabled.</summary>
    public Uri? HttpsAddress { get; private set; }

    /// <summary>True between a start and a stop.</summary>
    public bool IsRunning => _app is not null;

    /// <summary>Shortcut for <see cref="SimulatorCounters.OpenConnections"/>.</summary>
    public long OpenConnections => Counters.OpenConnections;

    /// <summary>Shortcut for <see cref="SimulatorCounters.PeakOpenConnections"/>.</summary>
    public long PeakOpenConnections => Counters.PeakOpenConnections;

    /// <summary>Shortcut for <see cref="SimulatorCounters.TotalRequests"/>.</summary>
    public long TotalRequests => Counters.TotalRequests;

    /// <summary>Starts a simulator; with <paramref name="state"/>, it serves that state instead of a fresh one.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static async Task<ConsulSimulator> StartAsync(
        SimulatorOptions? options = null,
        SimulatorState? state = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid simulator options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        var certificates = options.Tls is null ? null : options.Tls.Certificates ?? SimulatorCertificates.Create();
        var simulator = new ConsulSimulator(options, state ?? SimulatorState.Create(options), certificates, ownsCertificates: options.Tls?.Certificates is null);
        try
        {
            await simulator.ListenAsync(options.Port, options.Tls?.Port, cancellationToken);
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }

        return simulator;
    }

    /// <summary>Stops listening; open connections and blocked queries are dropped, as when an agent dies. State is kept.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => StopListeningAsync(cancellationToken);

    /// <summary>Stops (if running), waits <paramref name="downtime"/>, and listens again on the same ports with the same state.</summary>
    public async Task RestartAsync(TimeSpan downtime = default, CancellationToken cancellationToken = default)
    {
        await StopListeningAsync(cancellationToken);
        if (downtime > TimeSpan.Zero)
        {
            await Task.Delay(downtime, Options.TimeProvider, cancellationToken);
        }

        await ListenAsync(Address.Port, HttpsAddress?.Port, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopListeningAsync(CancellationToken.None);
        if (_ownsCertificates)
        {
            Certificates?.Dispose();
        }
    }
}

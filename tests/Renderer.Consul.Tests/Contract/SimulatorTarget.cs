namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// The default target: a <see cref="ConsulSimulator.ConsulSimulator"/> with Consul's own defaults (jitter
/// included), one per test class. The process environment is ignored, so a developer's <c>CONSUL_*</c> variables
/// cannot redirect these tests.
/// </summary>
public sealed class SimulatorTarget : IConsulTarget, IAsyncLifetime
{
    private ConsulSimulator.ConsulSimulator? _simulator;
    private ConsulApiWriter? _writer;

    public ConsulSimulator.ConsulSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    public string Description => $"simulator at {Address}";

    public string Address => Simulator.Address.ToString();

    public ConsulClientOptions ClientOptions => new()
    {
        Address = Address,
        EnvironmentReader = _ => null,
        Retry = ContractDefaults.Retry,
    };

    public async Task InitializeAsync()
    {
        _simulator = await ConsulSimulator.ConsulSimulator.StartAsync(new ConsulSimulator.SimulatorOptions());
        _writer = new ConsulApiWriter(ClientOptions);
    }

    public async Task DisposeAsync()
    {
        _writer?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    public ConsulTestData BeginTest() => new(_writer ?? throw new InvalidOperationException("The simulator has not started."));

    public async Task WhenQueryParkedAsync(Task pending, CancellationToken cancellationToken)
    {
        while (!pending.IsCompleted && Simulator.Counters.BlockingQueriesInFlight == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }
}

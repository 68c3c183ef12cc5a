using Renderer.ConsulSimulator.Faults;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Hosting;

/// <summary>What every request handler of one running simulator shares.</summary>
internal sealed class SimulatorContext(
    SimulatorOptions options,
    SimulatorState state,
    FaultInjector faults,
    SimulatorCounters counters,
    CancellationToken stopping)
{
    public SimulatorOptions Options { get; } = options;

    public SimulatorState State { get; } = state;

    public FaultInjector Faults { get; } = faults;

    public SimulatorCounters Counters { get; } = counters;

    public ResponseCache Cache { get; } = new(options.TimeProvider);

    /// <summary>Cancelled when the simulator stops, so that blocked queries end with the listener.</summary>
    public CancellationToken Stopping { get; } = stopping;

    public TimeProvider Clock => Options.TimeProvider;

    public string DefaultAclPolicy => Options.Acl?.DefaultPolicyName ?? "allow";
}

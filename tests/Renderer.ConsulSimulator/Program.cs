using Renderer.ConsulSimulator;
using Renderer.ConsulSimulator.Hosting;
using Renderer.ConsulSimulator.State;

// Standalone mode for demos and benchmarks:
//   dotnet run --project tests/Renderer.ConsulSimulator -- --port 8500 [--catalog seed.json] [--datacenter dc1]
SimulatorArguments arguments;
SimulatorSeed? seed = null;
try
{
    arguments = SimulatorArguments.Parse(args);
    if (arguments.ShowHelp)
    {
        Console.WriteLine(SimulatorArguments.Usage);
        return 0;
    }

    seed = arguments.CatalogPath is { } path ? SimulatorSeed.Load(path) : null;
}
catch (Exception exception) when (exception is ArgumentException or SeedFormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(SimulatorArguments.Usage);
    return 2;
}

var options = new SimulatorOptions { Port = arguments.Port, Datacenter = arguments.Datacenter, Seed = seed };
await using var simulator = await ConsulSimulator.StartAsync(options);
Console.WriteLine($"Consul simulator listening on {simulator.Address} (datacenter {options.Datacenter}); Ctrl+C to stop.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        stop.TrySetResult();
    });
await stop.Task;
return 0;

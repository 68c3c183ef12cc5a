using Renderer.Consul.Configuration;

namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// A real Consul agent named by <c>CONSUL_HTTP_ADDR</c>, with everything else (token, token file, TLS) taken from
/// the process environment as the <c>consul</c> CLI does. Nothing happens until a test uses it, so the fixture costs
/// nothing when the variable is not set and every test is skipped.
/// </summary>
public sealed class RealConsulTarget : IConsulTarget, IDisposable
{
    // A real agent does not say when a query is parked; on loopback a request arrives well within this.
    private static readonly TimeSpan ParkingAllowance = TimeSpan.FromMilliseconds(500);

    private readonly Lazy<ConsulApiWriter> _writer;

    public RealConsulTarget()
    {
        _writer = new Lazy<ConsulApiWriter>(() => new ConsulApiWriter(ClientOptions));
    }

    /// <summary>The value of <c>CONSUL_HTTP_ADDR</c>, or null when it is unset or empty.</summary>
    public static string? ConfiguredAddress =>
        Environment.GetEnvironmentVariable(ConsulEnvironmentVariables.HttpAddress) is { Length: > 0 } address ? address : null;

    public string Description => $"Consul at {Address}";

    public string Address => ConfiguredAddress ?? throw new InvalidOperationException(RealConsulFactAttribute.NotConfigured);

    public ConsulClientOptions ClientOptions => new() { Address = Address, Retry = ContractDefaults.Retry };

    public ConsulTestData BeginTest() => new(_writer.Value);

    public async Task WhenQueryParkedAsync(Task pending, CancellationToken cancellationToken) =>
        await Task.WhenAny(pending, Task.Delay(ParkingAllowance, cancellationToken));

    public void Dispose()
    {
        if (_writer.IsValueCreated)
        {
            _writer.Value.Dispose();
        }
    }
}

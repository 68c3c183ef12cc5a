namespace Renderer.Consul.Tests.Contract;

/// <summary>Settings every contract test shares, whatever the target.</summary>
internal static class ContractDefaults
{
    /// <summary>
    /// A few quick retries: the contract is about answers, not outages (Simulated/ covers those), and a target that
    /// keeps failing must fail the test instead of being retried forever.
    /// </summary>
    public static ConsulRetryOptions Retry { get; } = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(100) };

    /// <summary>Longest a contract test may take before it is cancelled (a hang guard, not a timing assertion).</summary>
    public static TimeSpan TestTimeout { get; } = TimeSpan.FromSeconds(30);
}

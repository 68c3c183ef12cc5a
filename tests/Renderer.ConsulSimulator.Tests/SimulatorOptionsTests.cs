namespace Renderer.ConsulSimulator.Tests;

/// <summary>Options are validated before anything listens, all problems at once.</summary>
public sealed class SimulatorOptionsTests
{
    [Fact]
    public async Task Invalid_options_are_refused_with_every_problem_listed()
    {
        var options = new SimulatorOptions { Port = -1, MaxWait = TimeSpan.Zero, AdditionalDatacenters = ["dc1"] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConsulSimulator.StartAsync(options));

        Assert.Contains("Port must be between 0 and 65535, got -1", error.Message);
        Assert.Contains("MaxWait must be positive", error.Message);
        Assert.Contains("Datacenter names must be distinct", error.Message);
    }
}

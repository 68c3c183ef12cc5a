using Renderer.ConsulSimulator.Hosting;

namespace Renderer.ConsulSimulator.Tests.Hosting;

/// <summary>The standalone command line.</summary>
public sealed class SimulatorArgumentsTests
{
    [Fact]
    public void Defaults_are_port_8500_and_dc1()
    {
        var arguments = SimulatorArguments.Parse([]);

        Assert.Equal(new SimulatorArguments(8500, null, "dc1", false), arguments);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var arguments = SimulatorArguments.Parse(["--port", "0", "--catalog", "seed.json", "--datacenter", "east"]);

        Assert.Equal(new SimulatorArguments(0, "seed.json", "east", false), arguments);
    }

    [Theory]
    [InlineData("--port", "eighty", "error: --port must be a number from 0 to 65535, got \"eighty\".")]
    [InlineData("--colour", "red", "error: unknown option \"--colour\".")]
    public void Bad_arguments_name_the_offending_value(string name, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SimulatorArguments.Parse([name, value]));

        Assert.Equal(message, error.Message);
    }
}

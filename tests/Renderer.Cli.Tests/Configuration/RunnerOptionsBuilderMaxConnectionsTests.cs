namespace Renderer.Cli.Tests.Configuration;

/// <summary>Issue 5: the connection budget, from <c>-consul-max-connections</c> or <c>consul.max_connections</c>.</summary>
public sealed class RunnerOptionsBuilderMaxConnectionsTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_connection_budget_defaults_to_sixteen()
    {
        _cli.Template();

        Assert.Equal(16, _cli.BuildOptions("-template", "site.tmpl:site.conf").Consul.MaxConnections);
    }

    [Fact]
    public void The_flag_overrides_the_config_file_key()
    {
        _cli.Template();
        _cli.Config("{\"consul\": {\"max_connections\": 8}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");

        Assert.Equal(8, _cli.BuildOptions("-config", "renderer.json").Consul.MaxConnections);
        Assert.Equal(32, _cli.BuildOptions("-config", "renderer.json", "--consul-max-connections", "32").Consul.MaxConnections);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void A_budget_that_is_not_a_positive_whole_number_is_an_error_naming_the_flag(string value)
    {
        _cli.Template();

        var error = Assert.Single(_cli.Errors("-template", "site.tmpl:site.conf", "-consul-max-connections", value));

        Assert.EndsWith($"-consul-max-connections: \"{value}\" is not a whole number of connections between 1 and 2147483647", error);
    }

    [Fact]
    public void A_zero_budget_in_the_config_file_is_an_error_with_its_position()
    {
        _cli.Template();
        _cli.Config("{\"consul\": {\"max_connections\": 0}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");

        var error = Assert.Single(_cli.Errors("-config", "renderer.json"));

        Assert.Equal($"{_cli.Directory.Combine("renderer.json")}(1,32) : error : $.consul.max_connections: 0 is less than 1", error);
    }
}

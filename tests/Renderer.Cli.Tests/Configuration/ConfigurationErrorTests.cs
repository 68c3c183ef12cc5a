using Renderer.Cli.Configuration;

namespace Renderer.Cli.Tests.Configuration;

public sealed class ConfigurationErrorTests
{
    [Fact]
    public void A_file_error_formats_like_a_compiler_diagnostic_with_its_json_path()
    {
        var error = new ConfigurationError(ConfigurationSource.InFile("/etc/renderer.json", 12, 7, "$.templates[0].perms"), "bad mode");
        Assert.Equal("/etc/renderer.json(12,7) : error : $.templates[0].perms: bad mode", error.ToString());
    }

    [Fact]
    public void A_file_error_without_a_json_path_has_no_path_prefix()
    {
        var error = new ConfigurationError(ConfigurationSource.InFile("/etc/renderer.json", 1, 1), "bad");
        Assert.Equal("/etc/renderer.json(1,1) : error : bad", error.ToString());
    }

    [Fact]
    public void A_flag_error_starts_with_the_flag()
    {
        Assert.Equal("-template: bad value", new ConfigurationError(ConfigurationSource.FromFlag("-template"), "bad value").ToString());
    }

    [Fact]
    public void Warnings_say_so()
    {
        Assert.Equal(
            "/etc/renderer.json(3,5) : warning : $.consul.token_file: open",
            new ConfigurationError(ConfigurationSource.InFile("/etc/renderer.json", 3, 5, "$.consul.token_file"), "open", ConfigurationSeverity.Warning).ToString());
        Assert.Equal(
            "-token: warning: visible",
            new ConfigurationError(ConfigurationSource.FromFlag("-token"), "visible", ConfigurationSeverity.Warning).ToString());
    }
}

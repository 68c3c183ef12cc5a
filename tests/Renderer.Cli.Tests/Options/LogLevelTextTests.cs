using Microsoft.Extensions.Logging;
using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Options;

public sealed class LogLevelTextTests
{
    [Theory]
    [InlineData("trace", LogLevel.Trace)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("INFO", LogLevel.Information)]
    [InlineData("information", LogLevel.Information)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("warning", LogLevel.Warning)]
    [InlineData("err", LogLevel.Error)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("critical", LogLevel.Critical)]
    [InlineData("off", LogLevel.None)]
    public void Consul_template_and_dotnet_names_are_accepted(string text, LogLevel expected)
    {
        Assert.True(LogLevelText.TryParse(text, out var level, out _));
        Assert.Equal(expected, level);
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_lists_the_accepted_names()
    {
        Assert.False(LogLevelText.TryParse("verbose", out _, out var error));
        Assert.Equal("unknown log level \"verbose\"; use one of trace, debug, info, warn, err, critical, off", error);
    }

    [Theory]
    [InlineData(LogLevel.Information, "info")]
    [InlineData(LogLevel.Warning, "warn")]
    [InlineData(LogLevel.Error, "err")]
    public void Levels_are_formatted_with_consul_template_names(LogLevel level, string expected)
    {
        Assert.Equal(expected, LogLevelText.Format(level));
    }
}

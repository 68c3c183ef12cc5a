namespace Renderer.Processes.Tests;

public sealed class ShellCommandTests
{
    [Fact]
    public void The_command_line_is_passed_to_sh_as_one_argument()
    {
        var command = ShellCommand.Create("nginx -s reload && echo 'done'");

        Assert.Equal("/bin/sh", command.TargetFilePath);
        Assert.Equal(["-c", "nginx -s reload && echo 'done'"], command.Arguments);
    }

    [Fact]
    public async Task The_shell_interprets_quotes_pipes_and_exit_codes()
    {
        var result = await ProcessRunner.RunAsync(ShellCommand.Create("printf '%s|' \"a b\" 'c d' | tr a-z A-Z; exit 7"));

        Assert.Equal("A B|C D|", result.StandardOutput);
        Assert.Equal(7, result.ExitCode);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with space")]
    [InlineData("it's")]
    [InlineData("$HOME `id` \"x\" \\ ; & | * ?")]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public async Task A_quoted_argument_reaches_the_program_unchanged(string argument)
    {
        var result = await ProcessRunner.RunAsync(ShellCommand.Create("printf %s " + ShellCommand.Quote(argument)));

        Assert.Equal(argument, result.StandardOutput);
    }

    [Fact]
    public void Safe_arguments_are_not_quoted()
    {
        Assert.Equal("/usr/sbin/nginx", ShellCommand.Quote("/usr/sbin/nginx"));
        Assert.Equal("'a b'", ShellCommand.Quote("a b"));
        Assert.Equal("''", ShellCommand.Quote(""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_command_line_is_rejected(string commandLine)
    {
        var error = Assert.Throws<ArgumentException>(() => ShellCommand.Create(commandLine));

        Assert.Contains("must not be empty", error.Message);
    }
}

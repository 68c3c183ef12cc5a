using Renderer.TestKit;

namespace Renderer.Processes.Tests;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task A_zero_exit_code_is_reported_as_success()
    {
        var result = await ProcessRunner.RunAsync(Dummy.Command("exit", "0"));

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ProcessTermination.None, result.TerminatedBy);
        Assert.False(result.Killed);
    }

    [Fact]
    public async Task A_non_zero_exit_code_is_returned_not_thrown()
    {
        var result = await ProcessRunner.RunAsync(Dummy.Command("exit", "3"));

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(ProcessTermination.None, result.TerminatedBy);
    }

    [Fact]
    public async Task Standard_output_and_standard_error_are_captured_separately()
    {
        var result = await ProcessRunner.RunAsync(Dummy.Command("echo", "to out", "stderr", "to err", "echo", "more out"));

        Assert.Equal("to out\nmore out\n", result.StandardOutput);
        Assert.Equal("to err\n", result.StandardError);
        Assert.False(result.StandardOutputTruncated);
    }

    [Fact]
    public async Task Output_beyond_the_limit_keeps_the_tail_and_says_how_much_was_dropped()
    {
        // 30,000 lines of 7 bytes: "000001\n" … "030000\n".
        var result = await ProcessRunner.RunAsync(
            Dummy.Command("flood", "210000"),
            new ProcessRunOptions { MaxOutputBytes = 70 });

        Assert.True(result.StandardOutputTruncated);
        Assert.False(result.StandardErrorTruncated);
        Assert.Equal("[... 209930 earlier bytes dropped ...]\n029991\n029992\n029993\n029994\n029995\n029996\n029997\n029998\n029999\n030000\n", result.StandardOutput);
    }

    [Fact]
    public async Task Output_within_the_limit_is_kept_whole()
    {
        var result = await ProcessRunner.RunAsync(Dummy.Command("flood", "70"), new ProcessRunOptions { MaxOutputBytes = 70 });

        Assert.False(result.StandardOutputTruncated);
        Assert.Equal(70, result.StandardOutput.Length);
    }

    [Fact]
    public async Task Environment_variables_are_added_and_removed()
    {
        Environment.SetEnvironmentVariable("RENDERER_TEST_INHERITED", "inherited");
        var command = Dummy.Command("env", "RENDERER_TEST_ADDED", "env", "RENDERER_TEST_INHERITED")
            .WithEnvironmentVariable("RENDERER_TEST_ADDED", "value with spaces")
            .WithEnvironmentVariable("RENDERER_TEST_INHERITED", null);

        var result = await ProcessRunner.RunAsync(command);

        Assert.Equal("value with spaces\n<unset>\n", result.StandardOutput);
    }

    [Fact]
    public async Task The_working_directory_is_applied()
    {
        using var directory = TempDirectory.Create();

        var result = await ProcessRunner.RunAsync(Dummy.Command("pwd").WithWorkingDirectory(directory.Path));

        Assert.Equal(directory.Path + "\n", result.StandardOutput);
    }

    [Fact]
    public async Task Standard_input_is_closed_so_a_reader_sees_end_of_file()
    {
        var result = await ProcessRunner.RunAsync(ShellCommand.Create("cat; echo after-eof"));

        Assert.Equal("after-eof\n", result.StandardOutput);
    }

    [Fact]
    public async Task A_missing_executable_throws_a_start_exception_naming_the_command()
    {
        var command = new ProcessCommand("/nonexistent/renderer-no-such-tool").WithArguments("-s", "reload");

        var error = await Assert.ThrowsAsync<ProcessStartException>(() => ProcessRunner.RunAsync(command));

        Assert.Contains("/nonexistent/renderer-no-such-tool -s reload", error.Message);
        Assert.Same(command, error.Command);
    }

    [Fact]
    public async Task Cancellation_before_the_start_throws_and_starts_nothing()
    {
        using var directory = TempDirectory.Create();
        var marker = directory.Combine("started");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ProcessRunner.RunAsync(Dummy.Command("write-file", marker, "x"), cancellationToken: new CancellationToken(canceled: true)));

        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task Invalid_options_are_rejected_with_the_offending_value()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => ProcessRunner.RunAsync(Dummy.Command(), new ProcessRunOptions { MaxOutputBytes = 0 }));

        Assert.Equal("MaxOutputBytes", error.ParamName);
        Assert.Equal(0, error.ActualValue);
    }
}

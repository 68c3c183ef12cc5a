namespace Renderer.Processes.Tests;

public sealed class ProcessResultTests
{
    private static readonly ProcessCommand Reload = ShellCommand.Create("nginx -s reload");

    [Fact]
    public void Ensure_success_returns_a_successful_result()
    {
        var result = new ProcessResult(Reload, 0, "", "", TimeSpan.Zero, ProcessTermination.None, false);

        Assert.Same(result, result.EnsureSuccess());
    }

    [Fact]
    public void A_non_zero_exit_names_the_command_the_code_and_the_end_of_stderr()
    {
        var stderr = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";
        var result = new ProcessResult(Reload, 1, "", stderr, TimeSpan.Zero, ProcessTermination.None, false);

        var error = Assert.Throws<ProcessExitCodeException>(() => result.EnsureSuccess());

        Assert.Equal(1, error.ExitCode);
        Assert.Contains("'/bin/sh -c 'nginx -s reload'' exited with code 1", error.Message);
        Assert.Contains("(last 20 of 30 lines)", error.Message);
        Assert.Contains("line 30", error.Message);
        Assert.DoesNotContain("line 10\n", error.Message);
    }

    [Fact]
    public void A_timeout_says_whether_the_process_had_to_be_killed()
    {
        var result = new ProcessResult(Reload, 137, "", "", TimeSpan.FromSeconds(5), ProcessTermination.Timeout, true);

        var error = Assert.Throws<ProcessTimeoutException>(() => result.EnsureSuccess());

        Assert.True(error.Killed);
        Assert.Contains("ignored SIGTERM and was killed", error.Message);
        Assert.IsAssignableFrom<ProcessExecutionException>(error);
    }

    [Fact]
    public void A_cancelled_run_throws_operation_cancelled()
    {
        var result = new ProcessResult(Reload, 143, "", "", TimeSpan.Zero, ProcessTermination.Cancellation, false);

        Assert.Throws<OperationCanceledException>(() => result.EnsureSuccess());
    }
}

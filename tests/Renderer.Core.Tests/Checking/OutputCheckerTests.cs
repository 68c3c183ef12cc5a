using System.Text;
using Microsoft.Extensions.Logging;
using Renderer.Core.Checking;
using Renderer.Core.Output;
using Renderer.Processes;
using Renderer.TestKit;

namespace Renderer.Core.Tests.Checking;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputCheckerTests
{
    private readonly AtomicFileWriter _writer = new();
    private readonly RecordingLogger<OutputChecker> _logger = new();
    private readonly OutputChecker _checker;

    public OutputCheckerTests() => _checker = new OutputChecker(_writer, _logger);

    [LinuxOnlyFact]
    public async Task A_passing_check_sees_the_new_file_in_place_and_keeps_it()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var written = await WriteAsync(path, "new\n");

        var result = await _checker.CheckAsync(new CheckRequest(written, $"grep -x new {ShellCommand.Quote(path)} && echo valid"));

        var passed = Assert.IsType<CheckResult.Passed>(result);
        Assert.Equal("new\nvalid", passed.Output);
        Assert.Equal("new\n", File.ReadAllText(path));
    }

    [LinuxOnlyFact]
    public async Task A_failing_check_restores_the_previous_file_byte_for_byte_and_reports_the_output()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");
        byte[] previous = [0x6f, 0x6c, 0x64, 0x0d, 0x0a, 0x00, 0xfe];
        File.WriteAllBytes(path, previous);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var written = await WriteAsync(path, "broken\n");

        var result = await _checker.CheckAsync(new CheckRequest(written, "echo 'emerg: unexpected end of file' >&2; exit 1"));

        var failed = Assert.IsType<CheckResult.Failed>(result);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("emerg: unexpected end of file", failed.Output);
        Assert.False(failed.Accepted);
        Assert.Equal(previous, File.ReadAllBytes(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task A_failing_check_of_a_new_file_removes_it()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");
        var written = await WriteAsync(path, "broken\n");

        var result = await _checker.CheckAsync(new CheckRequest(written, "exit 2"));

        Assert.IsType<CheckResult.Failed>(result);
        Assert.False(File.Exists(path));
    }

    [LinuxOnlyFact]
    public async Task A_hanging_check_times_out_and_restores_the_previous_file()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var written = await WriteAsync(path, "new\n");
        var request = new CheckRequest(written, "trap '' TERM; sleep 30") { Timeout = TimeSpan.FromMilliseconds(300), GracePeriod = TimeSpan.FromMilliseconds(200) };

        var result = await _checker.CheckAsync(request);

        var timedOut = Assert.IsType<CheckResult.TimedOut>(result);
        Assert.True(timedOut.Killed);
        Assert.Equal("old\n", File.ReadAllText(path));
    }

    [LinuxOnlyFact]
    public async Task An_unchanged_write_is_not_checked()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "same\n");
        var marker = directory.Combine("check-ran");
        var unchanged = await WriteAsync(path, "same\n");

        var result = await _checker.CheckAsync(new CheckRequest(unchanged, $"touch {ShellCommand.Quote(marker)}"));

        Assert.IsType<CheckResult.Skipped>(result);
        Assert.True(result.Accepted);
        Assert.False(File.Exists(marker));
    }

    [LinuxOnlyFact]
    public async Task A_cancelled_check_restores_the_previous_file_and_throws()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var written = await WriteAsync(path, "new\n");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _checker.CheckAsync(new CheckRequest(written, "sleep 30"), cancellation.Token));

        Assert.Equal("old\n", File.ReadAllText(path));
    }

    [LinuxOnlyFact]
    public async Task A_failure_is_logged_as_an_error_with_the_path_and_the_checker_output()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var written = await WriteAsync(path, "new\n");

        await _checker.CheckAsync(new CheckRequest(written, "echo 'bad directive' >&2; exit 1"));

        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(path, entry.Fields["Path"]);
        Assert.Contains("bad directive", entry.Message);
    }

    [Fact]
    public async Task An_empty_check_command_is_rejected()
    {
        var write = new OutputWriteResult("/x", OutputWriteOutcome.Unchanged, null);

        await Assert.ThrowsAsync<ArgumentException>(() => _checker.CheckAsync(new CheckRequest(write, " ")));
    }

    private Task<OutputWriteResult> WriteAsync(string path, string content) =>
        _writer.WriteIfChangedAsync(new OutputWriteRequest(path, Encoding.UTF8.GetBytes(content)));
}

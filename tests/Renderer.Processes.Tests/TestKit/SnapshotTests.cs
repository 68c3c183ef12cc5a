using Renderer.TestKit;

namespace Renderer.Processes.Tests.TestKit;

public sealed class SnapshotTests
{
    [Fact]
    public async Task Matching_text_passes_and_removes_a_stale_received_file()
    {
        using var directory = TempDirectory.Create();
        var verified = directory.WriteFile("a.verified.txt", "line 1\nline 2\n");
        var received = directory.WriteFile("a.received.txt", "old");

        await Snapshot.VerifyAsync("line 1\nline 2\n", verified);

        Assert.False(File.Exists(received));
    }

    [Fact]
    public async Task Different_text_writes_received_and_fails_with_a_unified_diff()
    {
        using var directory = TempDirectory.Create();
        var verified = directory.WriteFile("a.verified.conf", "server a;\nserver b;\n");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyResolvedAsync("server a;\nserver c;\n", verified, accept: false));

        Assert.Equal("server a;\nserver c;\n", File.ReadAllText(directory.Combine("a.received.conf")));
        Assert.Contains("-server b;", error.Message);
        Assert.Contains("+server c;", error.Message);
        Assert.Contains("@@", error.Message);
    }

    [Fact]
    public async Task Line_ending_differences_fail_and_are_visible_in_the_diff()
    {
        using var directory = TempDirectory.Create();
        var verified = directory.WriteFile("a.verified.txt", "x\ny\n");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyResolvedAsync("x\r\ny\n", verified, accept: false));

        Assert.Contains("+x\\r", error.Message);
    }

    [Fact]
    public async Task A_missing_verified_file_fails_and_writes_received()
    {
        using var directory = TempDirectory.Create();
        var verified = directory.Combine("new.verified.txt");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(
            () => Snapshot.VerifyResolvedAsync("hello", verified, accept: false));

        Assert.Contains("does not exist", error.Message);
        Assert.Equal("hello", File.ReadAllText(directory.Combine("new.received.txt")));
        Assert.False(File.Exists(verified));
    }

    [Fact]
    public async Task Accepting_creates_the_verified_file_and_leaves_no_received_file()
    {
        using var directory = TempDirectory.Create();
        var verified = directory.Combine("new.verified.txt");

        await Snapshot.VerifyResolvedAsync("hello\r\n", verified, accept: true);

        Assert.Equal("hello\r\n"u8.ToArray(), File.ReadAllBytes(verified));
        Assert.False(File.Exists(directory.Combine("new.received.txt")));
    }

    [Fact]
    public void A_relative_path_is_resolved_next_to_the_calling_source_file()
    {
        var resolved = Snapshot.ResolveVerifiedPath("Snapshots/x.verified.conf");

        Assert.Equal(Path.Combine(Path.GetDirectoryName(ThisFile())!, "Snapshots", "x.verified.conf"), resolved);
    }

    [Fact]
    public void A_name_without_verified_is_rejected_with_the_offending_value()
    {
        var error = Assert.Throws<ArgumentException>(() => Snapshot.ResolveVerifiedPath("x.conf"));

        Assert.Contains("'x.conf'", error.Message);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

using Renderer.Core.Output;
using Renderer.TestKit;
using static Renderer.Core.Tests.Output.OutputTestFiles;

namespace Renderer.Core.Tests.Output;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AtomicFileWriterTests
{
    private readonly AtomicFileWriter _writer = new();

    [LinuxOnlyFact]
    public async Task A_new_file_is_written_with_mode_0644_and_its_missing_directories_created()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("conf.d", "vhost", "web.conf");

        var result = await _writer.WriteIfChangedAsync(Request(path, "upstream web {}\n"));

        Assert.Equal(OutputWriteOutcome.Written, result.Outcome);
        Assert.Equal("upstream web {}\n", Read(path));
        Assert.Equal(AtomicFileWriter.DefaultPermissions, File.GetUnixFileMode(path));
        Assert.True(result.Rollback!.CreatedFile);
        Assert.Equal(["web.conf"], directory.ListNames("conf.d/vhost"));
    }

    [LinuxOnlyFact]
    public async Task Unchanged_content_touches_nothing_on_disk()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "same\n");
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);
        var before = FileIdentity.Read(path);

        var result = await _writer.WriteIfChangedAsync(Request(path, "same\n") with { Backup = true, Permissions = Mode0600 });

        Assert.Equal(OutputWriteOutcome.Unchanged, result.Outcome);
        Assert.Null(result.Rollback);
        Assert.Equal(before, FileIdentity.Read(path));
        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task Changed_content_replaces_the_file_by_rename_and_leaves_no_temporary_file()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var before = FileIdentity.Read(path)!;

        var result = await _writer.WriteIfChangedAsync(Request(path, "new\n"));

        Assert.True(result.DidWrite);
        Assert.Equal("new\n", Read(path));
        Assert.NotEqual(before.Inode, FileIdentity.Read(path)!.Inode);
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task The_existing_mode_is_kept()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        File.SetUnixFileMode(path, Mode0640);

        await _writer.WriteIfChangedAsync(Request(path, "new\n"));

        Assert.Equal(Mode0640, File.GetUnixFileMode(path));
    }

    [RootOnlyFact]
    public async Task The_existing_owner_and_group_are_kept()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        Assert.Equal(0, Chown(path, "1234:5678"));

        await _writer.WriteIfChangedAsync(Request(path, "new\n"));

        var identity = FileIdentity.Read(path)!;
        Assert.Equal((1234u, 5678u), (identity.OwnerId!.Value, identity.GroupId!.Value));
    }

    [LinuxOnlyFact]
    public async Task Requested_permissions_override_the_existing_mode_and_the_default()
    {
        using var directory = TempDirectory.Create();
        var existing = directory.WriteFile("existing.conf", "old\n");
        var created = directory.Combine("created.conf");

        await _writer.WriteIfChangedAsync(Request(existing, "new\n") with { Permissions = Mode0600 });
        await _writer.WriteIfChangedAsync(Request(created, "new\n") with { Permissions = Mode0600 });

        Assert.Equal(Mode0600, File.GetUnixFileMode(existing));
        Assert.Equal(Mode0600, File.GetUnixFileMode(created));
    }

    [LinuxOnlyFact]
    public async Task Backup_keeps_the_previous_file_with_its_mode_as_bak()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "first\n");
        File.SetUnixFileMode(path, Mode0640);

        await _writer.WriteIfChangedAsync(Request(path, "second\n") with { Backup = true });
        await _writer.WriteIfChangedAsync(Request(path, "third\n") with { Backup = true });

        Assert.Equal("third\n", Read(path));
        Assert.Equal("second\n", Read(path + ".bak"));
        Assert.Equal(Mode0640, File.GetUnixFileMode(path + ".bak"));
        Assert.Equal(["web.conf", "web.conf.bak"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task Backup_of_a_new_file_writes_no_bak()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");

        await _writer.WriteIfChangedAsync(Request(path, "first\n") with { Backup = true });

        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task A_dry_run_reports_would_write_and_creates_nothing()
    {
        using var directory = TempDirectory.Create();
        var existing = directory.WriteFile("web.conf", "old\n");
        var missing = directory.Combine("new", "web.conf");

        var changed = await _writer.WriteIfChangedAsync(Request(existing, "new\n") with { DryRun = true, Backup = true });
        var created = await _writer.WriteIfChangedAsync(Request(missing, "new\n") with { DryRun = true });
        var same = await _writer.WriteIfChangedAsync(Request(existing, "old\n") with { DryRun = true });

        Assert.Equal(OutputWriteOutcome.WouldWrite, changed.Outcome);
        Assert.Equal(OutputWriteOutcome.WouldWrite, created.Outcome);
        Assert.Equal(OutputWriteOutcome.Unchanged, same.Outcome);
        Assert.Equal("old\n", Read(existing));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task A_symlinked_destination_rewrites_the_target_and_keeps_the_link()
    {
        using var directory = TempDirectory.Create();
        var target = directory.WriteFile("sites-available/web.conf", "old\n");
        var link = directory.Combine("sites-enabled", "web.conf");
        Directory.CreateDirectory(directory.Combine("sites-enabled"));
        File.CreateSymbolicLink(link, "../sites-available/web.conf");

        var result = await _writer.WriteIfChangedAsync(Request(link, "new\n"));

        Assert.Equal(target, result.Path);
        Assert.Equal("new\n", Read(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task A_directory_as_destination_is_rejected_naming_the_path()
    {
        using var directory = TempDirectory.Create();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _writer.WriteIfChangedAsync(Request(directory.Path, "x")));

        Assert.Contains($"'{directory.Path}' is a directory", error.Message);
    }

    [LinuxOnlyFact]
    public async Task Cancellation_before_the_rename_leaves_the_destination_and_no_temporary_file()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _writer.WriteIfChangedAsync(Request(path, "new\n"), new CancellationToken(canceled: true)));

        Assert.Equal("old\n", Read(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    private static int Chown(string path, string owner)
    {
        using var process = System.Diagnostics.Process.Start("chown", [owner, path]);
        process.WaitForExit();
        return process.ExitCode;
    }
}

using Renderer.Core.Output;
using Renderer.TestKit;
using static Renderer.Core.Tests.Output.OutputTestFiles;

namespace Renderer.Core.Tests.Output;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AtomicFileWriterFailureTests
{
    public static TheoryData<string, int, bool, OutputWriteStep> FailuresBeforeTheRename => new()
    {
        { nameof(IOutputFileSystem.ReadIfExistsAsync), 1, false, OutputWriteStep.ReadCurrent },
        { nameof(IOutputFileSystem.GetIdentity), 1, false, OutputWriteStep.ReadCurrent },
        { nameof(IOutputFileSystem.CreateDirectory), 1, false, OutputWriteStep.CreateDirectory },
        { nameof(IOutputFileSystem.WriteNewFileAsync), 1, false, OutputWriteStep.WriteTemporary },
        { nameof(IOutputFileSystem.WriteNewFileAsync), 1, true, OutputWriteStep.WriteTemporary },
        { nameof(IOutputFileSystem.WriteNewFileAsync), 2, false, OutputWriteStep.Backup },
        { nameof(IOutputFileSystem.WriteNewFileAsync), 2, true, OutputWriteStep.Backup },
        { nameof(IOutputFileSystem.Replace), 1, false, OutputWriteStep.Backup },
        { nameof(IOutputFileSystem.Replace), 2, false, OutputWriteStep.Replace },
    };

    [LinuxOnlyTheory]
    [MemberData(nameof(FailuresBeforeTheRename))]
    public async Task A_failure_before_the_rename_leaves_the_destination_unchanged_and_no_temporary_file(
        string operation, int occurrence, bool afterWork, OutputWriteStep expectedStep)
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var writer = new AtomicFileWriter(new FailingFileSystem(operation, occurrence, afterWork));

        var error = await Assert.ThrowsAsync<OutputWriteException>(
            () => writer.WriteIfChangedAsync(Request(path, "new\n") with { Backup = true }));

        Assert.Equal(expectedStep, error.Step);
        Assert.Contains($"'{path}'", error.Message);
        Assert.Contains("The destination was not changed.", error.Message);
        Assert.Equal("old\n", Read(path));
        Assert.DoesNotContain(directory.ListNames(), name => name.Contains(OutputFileNames.TemporaryMarker, StringComparison.Ordinal));
    }

    [LinuxOnlyFact]
    public async Task A_failed_directory_sync_reports_the_new_file_in_place_with_a_rollback()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var writer = new AtomicFileWriter(new FailingFileSystem(nameof(IOutputFileSystem.SyncDirectory)));

        var error = await Assert.ThrowsAsync<OutputWriteException>(() => writer.WriteIfChangedAsync(Request(path, "new\n")));
        await new AtomicFileWriter().RestoreAsync(error.Rollback!);

        Assert.Equal(OutputWriteStep.SyncDirectory, error.Step);
        Assert.Contains("The new content is in place", error.Message);
        Assert.Equal("old\n", Read(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task A_failure_while_creating_a_new_file_leaves_no_file_at_all()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");
        var writer = new AtomicFileWriter(new FailingFileSystem(nameof(IOutputFileSystem.WriteNewFileAsync), failAfterWork: true));

        await Assert.ThrowsAsync<OutputWriteException>(() => writer.WriteIfChangedAsync(Request(path, "new\n")));

        Assert.Empty(directory.ListNames());
    }

    [NonRootFact]
    public async Task A_write_into_a_read_only_directory_fails_cleanly_and_names_the_file()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        File.SetUnixFileMode(directory.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var error = await Assert.ThrowsAsync<OutputWriteException>(() => new AtomicFileWriter().WriteIfChangedAsync(Request(path, "new\n")));

        Assert.Equal(OutputWriteStep.WriteTemporary, error.Step);
        Assert.Contains($"'{path}'", error.Message);
        Assert.Equal("old\n", Read(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }
}

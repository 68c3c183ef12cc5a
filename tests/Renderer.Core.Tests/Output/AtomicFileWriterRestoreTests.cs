using Renderer.Core.Output;
using Renderer.TestKit;
using static Renderer.Core.Tests.Output.OutputTestFiles;

namespace Renderer.Core.Tests.Output;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AtomicFileWriterRestoreTests
{
    private readonly AtomicFileWriter _writer = new();

    [LinuxOnlyFact]
    public async Task Restore_puts_back_the_previous_bytes_and_mode_exactly()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");
        byte[] previous = [0x75, 0x70, 0x0d, 0x0a, 0xff, 0x00, 0x7b, 0x7d];
        File.WriteAllBytes(path, previous);
        File.SetUnixFileMode(path, Mode0640);
        var written = await _writer.WriteIfChangedAsync(Request(path, "broken {\n") with { Permissions = Mode0600 });

        await _writer.RestoreAsync(written.Rollback!);

        Assert.Equal(previous, File.ReadAllBytes(path));
        Assert.Equal(Mode0640, File.GetUnixFileMode(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task Restore_after_creating_a_file_deletes_it()
    {
        using var directory = TempDirectory.Create();
        var path = directory.Combine("web.conf");
        var written = await _writer.WriteIfChangedAsync(Request(path, "new\n"));

        await _writer.RestoreAsync(written.Rollback!);

        Assert.False(File.Exists(path));
        Assert.Empty(directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task A_failed_restore_leaves_no_temporary_file_and_says_so()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var written = await _writer.WriteIfChangedAsync(Request(path, "new\n"));
        var failing = new AtomicFileWriter(new FailingFileSystem(nameof(IOutputFileSystem.Replace)));

        var error = await Assert.ThrowsAsync<OutputWriteException>(() => failing.RestoreAsync(written.Rollback!));

        Assert.Equal(OutputWriteStep.Replace, error.Step);
        Assert.Equal("new\n", Read(path));
        Assert.Equal(["web.conf"], directory.ListNames());
    }
}

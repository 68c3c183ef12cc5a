using System.Runtime.Versioning;
using Renderer.Core.Output;
using Renderer.TestKit;
using static Renderer.Core.Tests.Output.OutputTestFiles;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// Issue 6, item 1: a writer killed between creating its temporary file and renaming it leaves a full copy of the
/// output behind; the crash test counted 27 such files after 60 kills before the next write learned to delete them.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class AbandonedTemporaryFilesTests
{
    private const string Abandoned = ".web.conf.renderer-0123456789ab.tmp";
    private const string AbandonedBackup = ".web.conf.bak.renderer-ba9876543210.tmp";

    [LinuxOnlyFact]
    public async Task The_next_write_deletes_the_temporary_files_a_killed_writer_of_the_same_destination_left()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        directory.WriteFile(Abandoned, "half a fi");
        directory.WriteFile(AbandonedBackup, "ol");

        await new AtomicFileWriter().WriteIfChangedAsync(Request(path, "new\n"));

        Assert.Equal(["web.conf"], directory.ListNames());
        Assert.Equal("new\n", Read(path));
    }

    [LinuxOnlyFact]
    public async Task A_temporary_file_that_a_live_writer_holds_is_kept()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        var held = directory.WriteFile(Abandoned, "being written");
        // FileShare.None is how the writer opens its temporary file: it takes the exclusive flock a live writer holds.
        using var liveWriter = new FileStream(held, FileMode.Open, FileAccess.Write, FileShare.None);

        await new AtomicFileWriter().WriteIfChangedAsync(Request(path, "new\n"));

        Assert.Equal([Abandoned, "web.conf"], directory.ListNames());
    }

    [LinuxOnlyFact]
    public async Task Temporary_files_of_other_destinations_and_other_dot_files_are_kept()
    {
        using var directory = TempDirectory.Create();
        var path = directory.WriteFile("web.conf", "old\n");
        string[] others = [".api.conf.renderer-0123456789ab.tmp", ".web.conf.renderer-notours.tmp", ".web.conf.swp", ".web.conf.renderer-0123456789AB.tmp"];
        foreach (var other in others)
        {
            directory.WriteFile(other, "x");
        }

        await new AtomicFileWriter().WriteIfChangedAsync(Request(path, "new\n"));

        Assert.Equal([.. others.Append("web.conf").Order(StringComparer.Ordinal)], directory.ListNames());
    }

    [Theory]
    [InlineData("/etc/nginx/conf.d/web.conf")]
    [InlineData("/etc/nginx/conf.d/web.conf.bak")]
    [InlineData("/x/ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé.conf")]
    public void Every_temporary_name_the_writer_makes_for_a_destination_or_its_backup_is_recognised_as_its_own(string path)
    {
        var destination = path.EndsWith(".bak", StringComparison.Ordinal) ? path[..^4] : path;

        var name = Path.GetFileName(OutputFileNames.TemporaryPathFor(path));

        Assert.True(OutputFileNames.IsTemporaryFileOf(name, destination), name);
        Assert.False(OutputFileNames.IsTemporaryFileOf(name, Path.Combine(Path.GetDirectoryName(destination)!, "other-" + Path.GetFileName(destination))), name);
    }
}

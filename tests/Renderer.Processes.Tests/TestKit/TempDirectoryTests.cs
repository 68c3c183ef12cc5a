using Renderer.TestKit;

namespace Renderer.Processes.Tests.TestKit;

public sealed class TempDirectoryTests
{
    [Fact]
    public void Each_directory_is_new_empty_and_under_the_system_temp_folder()
    {
        using var first = TempDirectory.Create();
        using var second = TempDirectory.Create();

        Assert.NotEqual(first.Path, second.Path);
        Assert.StartsWith(Path.GetTempPath(), first.Path);
        Assert.Empty(first.ListNames());
    }

    [LinuxOnlyFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Dispose_deletes_the_content_even_below_a_read_only_folder()
    {
        var directory = TempDirectory.Create();
        directory.WriteFile("locked/inner/file.txt", "x");
        File.SetUnixFileMode(directory.Combine("locked"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        directory.Dispose();

        Assert.False(Directory.Exists(directory.Path));
    }
}

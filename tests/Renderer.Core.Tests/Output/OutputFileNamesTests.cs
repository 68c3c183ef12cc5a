using System.Text;
using Renderer.Core.Output;

namespace Renderer.Core.Tests.Output;

public sealed class OutputFileNamesTests
{
    [Fact]
    public void The_temporary_file_sits_next_to_the_destination_and_no_conf_glob_matches_it()
    {
        var temporary = OutputFileNames.TemporaryPathFor("/etc/nginx/conf.d/web.conf");

        var name = Path.GetFileName(temporary);
        Assert.Equal("/etc/nginx/conf.d", Path.GetDirectoryName(temporary));
        Assert.StartsWith(".web.conf.renderer-", name);
        Assert.EndsWith(".tmp", name);
        Assert.False(System.IO.Enumeration.FileSystemName.MatchesSimpleExpression("*.conf", name) && !name.StartsWith('.'));
    }

    [Fact]
    public void Two_temporary_names_for_the_same_file_differ()
    {
        Assert.NotEqual(OutputFileNames.TemporaryPathFor("/x/a.conf"), OutputFileNames.TemporaryPathFor("/x/a.conf"));
    }

    [Fact]
    public void A_long_destination_name_still_gives_a_temporary_name_within_255_bytes()
    {
        var temporary = OutputFileNames.TemporaryPathFor("/x/" + new string('é', 127) + ".c");

        Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(temporary)) <= 255);
    }

    [Fact]
    public void The_backup_is_the_destination_with_bak_appended()
    {
        Assert.Equal("/etc/nginx/nginx.conf.bak", OutputFileNames.BackupPathFor("/etc/nginx/nginx.conf"));
    }
}

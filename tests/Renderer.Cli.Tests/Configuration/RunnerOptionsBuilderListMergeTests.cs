using Renderer.Core.Running;

namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderListMergeTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Template_flags_are_added_after_the_file_templates()
    {
        _cli.Template("a.tmpl");
        _cli.Template("b.tmpl");
        _cli.Config("{\"templates\": [{\"source\": \"a.tmpl\", \"destination\": \"a.conf\"}]}");

        var options = _cli.BuildOptions("-template", "b.tmpl:b.conf", "-config", "renderer.json", "--template", "a.tmpl:c.conf");

        Assert.Equal(["a.conf", "b.conf", "c.conf"], options.Templates.Select(t => Path.GetFileName(t.Destination)));
    }

    [Fact]
    public void Var_flags_are_added_to_the_file_vars_and_replace_the_same_name()
    {
        _cli.Template();
        _cli.Config("{\"vars\": {\"domain\": \"example.com\", \"port\": 80}, \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\"}]}");

        var options = _cli.BuildOptions("-config", "renderer.json", "-var", "domain=tonybai.com", "-var", "extra=a=b");

        Assert.Equal(
            new Dictionary<string, string> { ["domain"] = "tonybai.com", ["port"] = "80", ["extra"] = "a=b" },
            options.Variables);
    }

    [Fact]
    public void The_last_of_repeated_var_flags_wins()
    {
        _cli.Template();

        var options = _cli.BuildOptions("-template", "site.tmpl:site.conf", "-var", "env=prod", "-var", "env=dev");

        Assert.Equal("dev", options.Variables["env"]);
    }

    [Fact]
    public void File_paths_are_relative_to_the_file_and_flag_paths_to_the_current_directory()
    {
        _cli.Template("conf/site.tmpl");
        _cli.Template("site.tmpl");
        _cli.Config("{\"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"out/site.conf\"}]}", "conf/renderer.json");

        var options = _cli.BuildOptions("-config", "conf/renderer.json", "-template", "site.tmpl:out/other.conf");

        Assert.Equal(
            [
                (_cli.Directory.Combine("conf", "site.tmpl"), _cli.Directory.Combine("conf", "out", "site.conf")),
                (_cli.Directory.Combine("site.tmpl"), _cli.Directory.Combine("out", "other.conf")),
            ],
            options.Templates.Select(t => (t.Source, t.Destination)));
    }

    [Fact]
    public void Per_template_settings_from_the_file_reach_the_template_options()
    {
        _cli.Template();
        _cli.Config("""
            {"templates": [{"source": "site.tmpl", "destination": "site.conf", "command": "nginx -s reload", "check": "nginx -t",
                            "command_timeout": "45s", "perms": "0600", "backup": true, "wait": "1s:3s"}]}
            """);

        var template = Assert.Single(_cli.BuildOptions("-config", "renderer.json").Templates);

        Assert.Equal(
            new TemplateOptions(_cli.Directory.Combine("site.tmpl"), _cli.Directory.Combine("site.conf"))
            {
                Command = "nginx -s reload",
                CheckCommand = "nginx -t",
                CommandTimeout = TimeSpan.FromSeconds(45),
                Permissions = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                Backup = true,
                Wait = new QuiescenceOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),
            },
            template);
    }

    [Fact]
    public void The_wait_flag_replaces_the_global_wait_but_not_a_template_s_own()
    {
        _cli.Template();
        _cli.Config("{\"wait\": \"5s\", \"templates\": [{\"source\": \"site.tmpl\", \"destination\": \"site.conf\", \"wait\": \"1s\"}]}");

        var options = _cli.BuildOptions("-config", "renderer.json", "-wait", "0");

        Assert.Equal(QuiescenceOptions.None, options.Wait);
        Assert.Equal(new QuiescenceOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)), options.Templates[0].Wait);
    }
}

using Renderer.Cli.Configuration;

namespace Renderer.Cli.Tests.Configuration;

public sealed class RunnerOptionsBuilderTemplateTests : IDisposable
{
    private readonly RenderCommandLine _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Cwd(params string[] relative) => _cli.Directory.Combine(relative);

    [Fact]
    public void At_least_one_template_is_required()
    {
        Assert.Equal(
            ["-template: no template to render: give -template SOURCE:DESTINATION[:COMMAND], or \"templates\" in the -config file"],
            _cli.Errors());
    }

    [Fact]
    public void A_snapshot_needs_no_template()
    {
        Assert.True(_cli.Build(BuildPurpose.Snapshot).Succeeded);
    }

    [Fact]
    public void A_broken_config_file_does_not_also_report_the_missing_templates_it_may_hold()
    {
        _cli.Config("{\"templates\": [{\"source\": \"a\", \"destination\": \"b\", \"perms\": \"999\"}]");

        var errors = _cli.Errors("-config", "renderer.json");

        Assert.Single(errors);
        Assert.Contains("invalid JSON", errors[0]);
    }

    [Fact]
    public void A_malformed_template_flag_is_an_error_naming_the_flag_as_typed_and_the_value()
    {
        Assert.Equal(
            ["--template: \"site.tmpl:\": the destination (after the first colon) is empty"],
            _cli.Errors("--template", "site.tmpl:"));
    }

    [Fact]
    public void A_missing_template_source_is_an_error()
    {
        Assert.Equal(
            [$"-template: \"nope.tmpl:site.conf\": the template \"{Cwd("nope.tmpl")}\" does not exist"],
            _cli.Errors("-template", "nope.tmpl:site.conf"));
    }

    [Fact]
    public void A_template_source_that_is_a_directory_is_an_error()
    {
        Directory.CreateDirectory(Cwd("templates"));
        Assert.Equal(
            [$"-template: \"templates:site.conf\": the template \"{Cwd("templates")}\" is a directory; give the template file"],
            _cli.Errors("-template", "templates:site.conf"));
    }

    [Fact]
    public void A_missing_source_in_the_file_is_reported_at_its_position()
    {
        _cli.Config("{\n  \"templates\": [{\"source\": \"nope.tmpl\", \"destination\": \"site.conf\"}]\n}");
        Assert.Equal(
            [$"{Cwd("renderer.json")}(2,28) : error : $.templates[0].source: the template \"{Cwd("nope.tmpl")}\" does not exist"],
            _cli.Errors("-config", "renderer.json"));
    }

    [Fact]
    public void A_destination_whose_directories_do_not_exist_yet_is_accepted()
    {
        _cli.Template();
        Assert.True(_cli.Build("-template", "site.tmpl:a/b/c/site.conf").Succeeded);
    }

    [Fact]
    public void A_destination_below_a_file_is_an_error()
    {
        _cli.Template();
        _cli.Directory.WriteFile("conf", "not a directory");
        Assert.Equal(
            [$"-template: \"site.tmpl:conf/d/site.conf\": cannot create the directory for \"{Cwd("conf", "d", "site.conf")}\": \"{Cwd("conf")}\" is a file"],
            _cli.Errors("-template", "site.tmpl:conf/d/site.conf"));
    }

    [Fact]
    public void A_destination_that_is_a_directory_is_an_error()
    {
        _cli.Template();
        Directory.CreateDirectory(Cwd("out"));
        Assert.Equal(
            [$"-template: \"site.tmpl:out\": the destination \"{Cwd("out")}\" is a directory; give the path of the file to write"],
            _cli.Errors("-template", "site.tmpl:out"));
    }

    [Fact]
    public void Check_does_not_look_at_destination_directories()
    {
        _cli.Template();
        _cli.Directory.WriteFile("conf", "not a directory");
        Assert.True(_cli.Build(BuildPurpose.Check, "-template", "site.tmpl:conf/site.conf").Succeeded);
    }

    [Fact]
    public void Two_templates_writing_the_same_destination_are_an_error_naming_both()
    {
        _cli.Template("a.tmpl");
        _cli.Template("b.tmpl");
        _cli.Config("{\"templates\": [{\"source\": \"a.tmpl\", \"destination\": \"out/site.conf\"}]}");

        Assert.Equal(
            [$"-template: \"b.tmpl:./out/../out/site.conf\": the destination \"{Cwd("out", "site.conf")}\" is also written by the template at {Cwd("renderer.json")}(1,52); each file can have one template only"],
            _cli.Errors("-config", "renderer.json", "-template", "b.tmpl:./out/../out/site.conf"));
    }
}

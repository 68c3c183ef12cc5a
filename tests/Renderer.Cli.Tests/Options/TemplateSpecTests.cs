using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Options;

public sealed class TemplateSpecTests
{
    private const string Cwd = "/work/site";

    [Fact]
    public void Source_and_destination_without_a_command_parse()
    {
        var spec = TemplateSpec.Parse("in.tmpl:/etc/nginx/nginx.conf", Cwd);
        Assert.Equal(new TemplateSpec("/work/site/in.tmpl", "/etc/nginx/nginx.conf", null), spec);
    }

    [Fact]
    public void The_command_is_everything_after_the_second_colon_colons_included()
    {
        var spec = TemplateSpec.Parse("nginx.conf.template:/etc/nginx/nginx.conf:docker kill -s HUP web:1 && echo a:b", Cwd);
        Assert.Equal("docker kill -s HUP web:1 && echo a:b", spec.Command);
        Assert.Equal("/etc/nginx/nginx.conf", spec.Destination);
    }

    [Fact]
    public void The_seed_scenario_command_line_parses()
    {
        var spec = TemplateSpec.Parse("nginx.tmp:/usr/local/nginx/conf/vhost/x.conf:/usr/local/nginx/sbin/nginx -s reload", Cwd);
        Assert.Equal(new TemplateSpec("/work/site/nginx.tmp", "/usr/local/nginx/conf/vhost/x.conf", "/usr/local/nginx/sbin/nginx -s reload"), spec);
    }

    [Fact]
    public void Relative_paths_are_resolved_against_the_given_directory()
    {
        var spec = TemplateSpec.Parse("../templates/a.tmpl:out/a.conf", Cwd);
        Assert.Equal("/work/templates/a.tmpl", spec.Source);
        Assert.Equal("/work/site/out/a.conf", spec.Destination);
    }

    [Theory]
    [InlineData("in.tmpl", "\"in.tmpl\" has no destination: write SOURCE:DESTINATION[:COMMAND]")]
    [InlineData(":out.conf", "\":out.conf\": the source (before the first colon) is empty")]
    [InlineData("in.tmpl:", "\"in.tmpl:\": the destination (after the first colon) is empty")]
    [InlineData("in.tmpl::nginx -s reload", "\"in.tmpl::nginx -s reload\": the destination (after the first colon) is empty")]
    [InlineData("in.tmpl:out.conf:", "\"in.tmpl:out.conf:\": the command (after the second colon) is empty; drop the trailing colon if no command should run")]
    [InlineData("in.tmpl:out.conf:   ", "\"in.tmpl:out.conf:   \": the command (after the second colon) is empty; drop the trailing colon if no command should run")]
    [InlineData("", "\"\" has no destination: write SOURCE:DESTINATION[:COMMAND]")]
    public void A_missing_or_empty_part_is_an_error_naming_the_value(string text, string expected)
    {
        Assert.False(TemplateSpec.TryParse(text, Cwd, out var spec, out var error));
        Assert.Null(spec);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_value()
    {
        var exception = Assert.Throws<FormatException>(() => TemplateSpec.Parse("in.tmpl", Cwd));
        Assert.Contains("\"in.tmpl\"", exception.Message);
    }

    [Fact]
    public void ToString_gives_back_the_parsed_form()
    {
        Assert.Equal("/a.tmpl:/b.conf:nginx -s reload", TemplateSpec.Parse("/a.tmpl:/b.conf:nginx -s reload", Cwd).ToString());
        Assert.Equal("/a.tmpl:/b.conf", TemplateSpec.Parse("/a.tmpl:/b.conf", Cwd).ToString());
    }
}

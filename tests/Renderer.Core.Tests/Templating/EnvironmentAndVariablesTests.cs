using Renderer.Core.Templating;
using static Renderer.Core.Tests.Templating.TemplateHarness;

namespace Renderer.Core.Tests.Templating;

public sealed class EnvironmentAndVariablesTests
{
    [Fact]
    public void Env_reads_the_variable_through_the_injected_reader()
    {
        var environment = EmptyEnvironment with { GetEnvironmentVariable = name => name == "NGINX_ROOT" ? "/srv/www" : null };

        Assert.Equal("root /srv/www;", Text("root {{ env \"NGINX_ROOT\" }};", environment: environment));
    }

    [Fact]
    public void Env_of_an_unset_variable_is_the_empty_string()
    {
        Assert.Equal("[] string", Text("[{{ env \"UNSET\" }}] {{ env \"UNSET\" | object.typeof }}"));
    }

    [Fact]
    public void Env_is_not_a_dependency()
    {
        Assert.Empty(Render("{{ env \"HOME\" }}").Used);
    }

    [Fact]
    public void Vars_exposes_the_given_variables_by_name()
    {
        var environment = EmptyEnvironment with { Variables = new Dictionary<string, string> { ["domain"] = "example.org" } };

        Assert.Equal("example.org", Text("{{ vars.domain }}", environment: environment));
    }

    [Fact]
    public void Vars_lists_its_names_sorted_whatever_the_order_they_were_given_in()
    {
        var environment = EmptyEnvironment with
        {
            Variables = new Dictionary<string, string> { ["zone"] = "z", ["alpha"] = "a", ["Mid"] = "m" },
        };

        Assert.Equal("[\"Mid\", \"alpha\", \"zone\"]", Text("{{ vars | object.keys }}", environment: environment));
    }

    [Fact]
    public void A_variable_that_was_not_given_is_null_so_a_default_applies()
    {
        Assert.Equal("80", Text("{{ vars.listen ?? \"80\" }}"));
    }

    [Fact]
    public void The_default_environment_reads_the_process_environment()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";

        Assert.Equal(path, Text("{{ env \"PATH\" }}", environment: RenderEnvironment.Default));
    }
}

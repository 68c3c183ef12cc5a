using Renderer.Core.Dependencies.Data;
using Renderer.Core.Rendering;
using Renderer.Core.Snapshots;
using Renderer.Core.Templating;

namespace Renderer.Core.Tests.Templating;

/// <summary>docs/templates.md runs: every example renders, over the documented catalog, exactly its documented output.</summary>
public sealed class TemplatesDocTests
{
    // The variable and the environment the doc says its examples run with.
    private static readonly RenderEnvironment Environment = new()
    {
        Variables = new Dictionary<string, string> { ["domain"] = "example.org" },
        GetEnvironmentVariable = name => name == "NGINX_ROOT" ? "/srv/www" : null,
    };

    public static TheoryData<int> ExampleLines => [.. TemplatesDoc.Examples.Keys];

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public void The_example_renders_its_documented_output(int line)
    {
        var (template, expected) = TemplatesDoc.Examples[line];

        Assert.Equal(expected, Render(template));
    }

    [Fact]
    public void The_example_catalog_is_a_valid_catalog_file_with_two_datacenters()
    {
        var catalog = CatalogFileReader.Parse(TemplatesDoc.ExampleCatalog, TemplatesDoc.RelativePath);

        Assert.Equal(("dc1", "dc2"), (catalog.LocalDatacenter.Name, Assert.Single(catalog.RemoteDatacenters).Name));
    }

    [Theory]
    [InlineData("## `services`")]
    [InlineData("## `service`")]
    [InlineData("### Health filter")]
    [InlineData("## The instance object")]
    [InlineData("## `key`")]
    [InlineData("## `key_or_default`")]
    [InlineData("## `ls`")]
    [InlineData("## `tree`")]
    [InlineData("## `nodes`")]
    [InlineData("## `datacenters`")]
    [InlineData("## `env`")]
    [InlineData("## `vars`")]
    [InlineData("## `nginx.address`")]
    [InlineData("## `nginx.token`")]
    [InlineData("## `nginx.quote`")]
    public void Every_name_of_the_template_contract_has_a_section_with_an_example(string heading)
    {
        var lines = TemplatesDoc.Text.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"{TemplatesDoc.RelativePath} has no heading '{heading}'.");
        var end = Array.FindIndex(lines, start + 1, line => line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal));

        Assert.Contains(TemplatesDoc.Examples.Keys, exampleLine => exampleLine > start && (end < 0 || exampleLine <= end));
    }

    [Fact]
    public void Every_member_of_the_instance_object_is_shown_in_an_example()
    {
        string[] members = ["id", "name", "node", "address", "port", "tags", "meta", "node_address", "node_meta", "datacenter", "status", "checks", "weights"];
        var templates = string.Concat(TemplatesDoc.Examples.Values.Select(example => example.Template));

        Assert.All(members, member => Assert.Contains("inst." + member, templates, StringComparison.Ordinal));
    }

    /// <summary>The rendered text, or the error message when the render fails, as the doc shows it.</summary>
    private static string Render(string template)
    {
        try
        {
            var compiled = CompiledTemplate.Compile(Path.Combine(Path.GetTempPath(), "example.scriban"), template, "example.scriban");
            var catalog = CatalogFileReader.Parse(TemplatesDoc.ExampleCatalog, TemplatesDoc.RelativePath);
            var result = new TemplateRenderer(Environment, loopLimit: 0).Render(compiled, new CatalogDataSource(catalog), CancellationToken.None);
            Assert.True(result.IsComplete, $"The example waits for: {string.Join(", ", result.Missing)}");
            return result.Text;
        }
        catch (RenderingException error)
        {
            return error.Message + "\n";
        }
    }
}

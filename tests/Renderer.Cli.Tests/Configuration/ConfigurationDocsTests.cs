using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Renderer.Cli.Configuration;
using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Configuration;

/// <summary>docs/configuration.md must stay true: its example parses, and it names every flag and every key.</summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly string Docs = File.ReadAllText(DocsPath());

    [Fact]
    public void The_example_config_file_parses_without_errors()
    {
        var example = ExampleJson().Match(Docs);
        Assert.True(example.Success, "docs/configuration.md has no ```json block");

        var result = ConfigFileReader.Parse(Encoding.UTF8.GetBytes(example.Groups[1].Value), "/etc/renderer/renderer.json");

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.Single(result.File!.Templates);
    }

    [Fact]
    public void Every_spelling_of_every_flag_is_documented()
    {
        foreach (var option in new RenderCommandOptions().All)
        {
            foreach (var spelling in option.Aliases.Append(option.Name))
            {
                Assert.Contains($"`{spelling}`", Docs);
            }
        }
    }

    [Theory]
    [InlineData("{\"zzz\": 1}", "")]
    [InlineData("{\"consul\": {\"zzz\": 1}}", "")]
    [InlineData("{\"consul\": {\"ssl\": {\"zzz\": 1}}}", "ssl.")]
    [InlineData("{\"templates\": [{\"source\": \"a\", \"destination\": \"b\", \"zzz\": 1}]}", "")]
    public void Every_accepted_config_key_is_documented(string json, string prefix)
    {
        var error = Assert.Single(ConfigFileReader.Parse(Encoding.UTF8.GetBytes(json), "/r.json").Errors).Message;
        var accepted = AcceptedKeys().Match(error).Groups[1].Value.Split(", ");

        Assert.NotEmpty(accepted);
        Assert.All(accepted, key => Assert.Contains($"| `{prefix}{key}` |", Docs));
    }

    private static string DocsPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "configuration.md"));

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleJson();

    [GeneratedRegex(@"accepted keys: ([a-z_, ]+)\)")]
    private static partial Regex AcceptedKeys();
}

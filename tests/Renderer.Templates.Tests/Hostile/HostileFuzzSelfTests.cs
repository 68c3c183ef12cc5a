using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>The fuzz harness itself can fail: over a template that writes catalog values raw, it reports injections.</summary>
public sealed class HostileFuzzSelfTests
{
    private const string RawTemplate =
        """
        {{~ for svc in services ~}}
        {{~ if svc.tags | array.contains "http" ~}}
        upstream {{ svc.name }} {
            server 10.0.0.1:80;
        }
        {{~ end ~}}
        {{~ end ~}}
        """;

    [Fact]
    public async Task A_template_that_writes_names_without_nginx_token_is_caught_injecting_directives()
    {
        using var directory = TempDirectory.Create("hostile-raw");
        var path = Path.Combine(directory.Path, "raw.scriban");
        await File.WriteAllTextAsync(path, RawTemplate);

        var tally = await HostileNginxRun.RunAsync(path, TemplateOutputKind.HttpContext, new Dictionary<string, string>(StringComparer.Ordinal),
            HostileGenerator.Sequence(300, HostileSettings.DefaultSeed), checkWithNginx: false);

        Assert.NotEmpty(tally.Injections);
        Assert.Contains(tally.Injections, injection => injection.Contains("shape", StringComparison.Ordinal) || injection.Contains("not well-formed", StringComparison.Ordinal));
    }
}

using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// The holes the hostile fuzz found in the shipped templates (issue 6, item 2), one test each: values that passed
/// <c>nginx.token</c> yet made nginx fail, or pointed nginx somewhere else. Every catalog also holds the benign service,
/// so two servers share a listen port, as in any real catalog.
/// </summary>
public sealed class HostileRegressionTests
{
    private static readonly Dictionary<string, string> NoVariables = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("unix:/run/docker.sock")]
    [InlineData("admin:8080")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("~(")]
    [InlineData("*")]
    [InlineData("Ünïcødé")]
    public async Task A_name_nginx_cannot_use_as_an_upstream_host_is_skipped_with_a_comment(string name)
    {
        var output = await RenderAsync("nginx-http.scriban", HostileCatalog.Service(1, name, ["http"]));

        Assert.Contains($"# {name}: tagged \"http\" but nginx cannot use the name as an upstream host", output);
        Assert.DoesNotContain($"upstream {name} ", output);
        Assert.DoesNotContain("10.9.0.1", output);
    }

    [Fact]
    public async Task A_dotted_name_is_skipped_rather_than_read_as_a_tag_of_another_service()
    {
        // Before: `service "internal.admin"` returned the instances of `admin` tagged `internal`, published as
        // internal.admin.example.com by anyone who could register a service.
        var admin = HostileCatalog.Service(1, "admin", ["internal"], address: "10.66.0.1");
        var decoy = HostileCatalog.Service(2, "internal.admin", ["http"]);

        var output = await RenderAsync("nginx-http.scriban", admin, decoy);

        Assert.Contains("# internal.admin: tagged \"http\" but nginx cannot use the name as an upstream host", output);
        Assert.DoesNotContain("10.66.0.1", output);
    }

    [Fact]
    public async Task A_name_with_an_at_sign_is_skipped_instead_of_failing_the_whole_render_on_an_unknown_datacenter()
    {
        var output = await RenderAsync("nginx-http.scriban", HostileCatalog.Service(1, "web@dc2", ["http"]));

        Assert.Contains("# web@dc2: tagged \"http\" but nginx cannot use the name as an upstream host", output);
        Assert.Contains("upstream benign-19999 {", output);
    }

    [NginxFact]
    public async Task Names_that_differ_only_in_case_give_one_upstream_and_pass_nginx_test()
    {
        var output = await RenderAsync("nginx-http.scriban",
            HostileCatalog.Service(1, "Web", ["http"]), HostileCatalog.Service(2, "web", ["http"], address: "10.9.0.2"));

        Assert.Contains("upstream Web {", output);
        Assert.Contains("# web: tagged \"http\" but an earlier service has the same name in another case; skipped.", output);
        await AssertNginxAcceptsAsync(output, TemplateOutputKind.HttpContext);
    }

    [NginxFact(RequiresStreamModule = true)]
    public async Task Two_tcp_services_with_the_same_port_give_one_listener_and_pass_nginx_test()
    {
        var output = await RenderAsync("nginx-stream.scriban",
            HostileCatalog.Service(1, "db-25432", ["tcp"]), HostileCatalog.Service(2, "evil-25432", ["tcp"]));

        Assert.Contains("upstream db-25432 {", output);
        Assert.Contains("# evil-25432: tagged \"tcp\" but port 25432 is already listened on; skipped.", output);
        await AssertNginxAcceptsAsync(output, TemplateOutputKind.StreamContext);
    }

    [Fact]
    public async Task In_nginx_conf_a_tcp_service_on_the_http_port_is_skipped_because_nginx_could_not_bind_it_twice()
    {
        var output = await RenderAsync("nginx.conf.scriban", HostileCatalog.Service(1, "evil-80", ["tcp"]));

        Assert.Contains("# evil-80: tagged \"tcp\" but port 80 is already listened on; skipped.", output);
        Assert.DoesNotContain("upstream evil-80", output);
    }

    [NginxFact]
    public async Task A_server_name_longer_than_the_default_hash_bucket_allows_is_skipped_and_the_rest_passes_nginx_test()
    {
        // 35 + ".example.com" = 47 bytes: one more than a 64-byte server_names_hash bucket holds.
        var name = new string('a', 35);

        var output = await RenderAsync("nginx-http.scriban", HostileCatalog.Service(1, name, ["http"]));

        Assert.Contains($"# {name}: tagged \"http\" but server_name {name}.example.com is longer than server_names_hash_bucket_size allows (46 bytes); skipped.", output);
        await AssertNginxAcceptsAsync(output, TemplateOutputKind.HttpContext);
    }

    [NginxFact(RequiresStreamModule = true)]
    public async Task With_a_larger_server_names_hash_bucket_size_nginx_conf_keeps_the_long_name_and_sets_the_size()
    {
        var name = new string('a', 35);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["modules_include"] = "",
            ["http_include"] = TemplateCase.HttpDefaultsFileName,
            ["server_names_hash_bucket_size"] = "128",
        };

        var output = await RenderAsync("nginx.conf.scriban", variables, HostileCatalog.Service(1, name, ["http"]));

        Assert.Contains("\n    server_names_hash_bucket_size 128;\n", output);
        Assert.Contains($"upstream {name} {{", output);
        await AssertNginxAcceptsAsync(output, TemplateOutputKind.MainConfiguration);
    }

    [NginxFact]
    public async Task A_very_long_unusable_name_is_cut_short_in_its_comment_so_nginx_can_read_the_line()
    {
        // A comment is read into the same 4 KiB buffer as a word: a 4,000-character one fails nginx -t.
        var name = new string('a', 3990) + "/";

        var output = await RenderAsync("nginx-http.scriban", HostileCatalog.Service(1, name, ["http"]));

        Assert.Contains($"# {name[..97]}...: tagged \"http\" but nginx cannot use the name", output);
        await AssertNginxAcceptsAsync(output, TemplateOutputKind.HttpContext);
    }

    private static Task<string> RenderAsync(string template, params HostileRegistration[] registrations) =>
        RenderAsync(template, NoVariables, registrations);

    private static async Task<string> RenderAsync(string template, Dictionary<string, string> variables, params HostileRegistration[] registrations)
    {
        var renderer = await HostileRenderer.LoadAsync(ShippedTemplate.Named(template));
        var render = renderer.Render(HostileCatalog.Of(registrations), variables);
        Assert.Null(render.Error);
        return render.Text!;
    }

    private static async Task AssertNginxAcceptsAsync(string output, TemplateOutputKind kind)
    {
        var result = await NginxCheck.TestAsync(output, kind);
        Assert.True(result.Succeeded, $"nginx -t exited with {result.ExitCode}:\n{result.Output}\n--- configuration ---\n{output}");
    }
}

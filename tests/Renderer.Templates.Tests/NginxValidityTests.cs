using Renderer.Templates.Tests.Support;
using Renderer.TestKit;
using Xunit.Abstractions;

namespace Renderer.Templates.Tests;

/// <summary>
/// Real <c>nginx -t</c> over every nginx output of the snapshot matrix, in the context the template is made for;
/// this includes the catalogs where a service has no healthy instance, whose upstreams must stay valid.
/// </summary>
public sealed class NginxValidityTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> HttpContextCases => TemplateCase.Data(TemplateOutputKind.HttpContext);

    public static TheoryData<string, string> StreamContextCases => TemplateCase.Data(TemplateOutputKind.StreamContext);

    public static TheoryData<string, string> MainConfigurationCases => TemplateCase.Data(TemplateOutputKind.MainConfiguration);

    [NginxTheory]
    [MemberData(nameof(HttpContextCases))]
    public Task Http_context_output_passes_nginx_test_inside_http(string template, string catalog) =>
        RenderAndCheckAsync(template, catalog);

    [NginxTheory(RequiresStreamModule = true)]
    [MemberData(nameof(StreamContextCases))]
    public Task Stream_context_output_passes_nginx_test_inside_stream(string template, string catalog) =>
        RenderAndCheckAsync(template, catalog);

    [NginxTheory(RequiresStreamModule = true)]
    [MemberData(nameof(MainConfigurationCases))]
    public Task Whole_nginx_conf_passes_nginx_test_as_the_main_configuration(string template, string catalog) =>
        RenderAndCheckAsync(template, catalog);

    private async Task RenderAndCheckAsync(string template, string catalog)
    {
        var templateCase = TemplateCase.Of(template, catalog);
        var rendered = await templateCase.RenderAsync();

        var result = await NginxCheck.TestAsync(rendered, templateCase.Template.Kind);

        output.WriteLine(result.Output);
        Assert.True(result.Succeeded, $"nginx -t exited with {result.ExitCode}:\n{result.Output}\n--- configuration ---\n{rendered}");
    }
}

using System.Text.Json;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests;

/// <summary>The JSON template over every sample catalog: valid JSON of the shape seed scenario 3 describes.</summary>
public sealed class DependenciesJsonTests
{
    public static TheoryData<string, string> JsonCases => TemplateCase.Data(TemplateOutputKind.Json);

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task Output_is_a_json_object_of_address_lists(string template, string catalog)
    {
        var output = await TemplateCase.Of(template, catalog).RenderAsync();

        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.All(document.RootElement.EnumerateObject(), service =>
        {
            Assert.Equal(JsonValueKind.Array, service.Value.ValueKind);
            Assert.All(service.Value.EnumerateArray(), address => Assert.Equal(JsonValueKind.String, address.ValueKind));
        });
    }

    [Fact]
    public async Task Repeated_and_blank_service_names_are_ignored_and_an_unknown_service_has_no_address()
    {
        var output = await TemplateRendering.RenderFileAsync(
            ShippedTemplate.Named("dependencies.json.scriban").FullPath,
            SampleCatalog.WithId("json-dependency-file").FullPath,
            new Dictionary<string, string> { ["services"] = "service2, ,service2,nosuch" });

        Assert.Equal("{\n  \"service2\": [\"1.1.1.1:80\", \"2.2.2.2:80\"],\n  \"nosuch\": []\n}\n", output);
    }

    [Fact]
    public async Task No_services_variable_gives_an_empty_object()
    {
        var output = await TemplateRendering.RenderFileAsync(
            ShippedTemplate.Named("dependencies.json.scriban").FullPath,
            SampleCatalog.WithId("json-dependency-file").FullPath,
            new Dictionary<string, string>());

        Assert.Equal("{\n}\n", output);
    }

    [Fact]
    public async Task Health_any_lists_instances_whose_checks_fail()
    {
        var output = await TemplateRendering.RenderFileAsync(
            ShippedTemplate.Named("dependencies.json.scriban").FullPath,
            SampleCatalog.WithId("passing-only.all-down").FullPath,
            new Dictionary<string, string> { ["services"] = "star", ["health"] = "any" });

        Assert.Equal(
            "{\n  \"star\": [\"10.0.1.11:8080\", \"10.0.1.12:8080\", \"10.0.1.13:8080\", \"10.0.1.14:8080\"]\n}\n",
            output);
    }
}

using Renderer.Scriban.Runtime;
using Renderer.Scriban.Tests.CaseFiles;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>The model and includes random templates run against (names the generator uses).</summary>
public static class FuzzCorpus
{
    private const string ModelJson = """
        {
          "x": {"y": null}, "o": {"a": 1, "b": [1, 2]}, "l": [3, 1, 2], "i": {"address": "10.0.0.1"},
          "services": [
            {"name": "web", "tags": ["http", "v1"], "instances": [{"address": "10.0.0.1", "port": 80}]},
            {"name": "api", "tags": [], "instances": []}
          ]
        }
        """;

    public static ScriptObject Model() => JsonModel.ToScriptObject(ModelJson);

    public static ITemplateLoader Loader() => new InMemoryTemplateLoader(new Dictionary<string, string>
    {
        ["part"] = "part {{ x }}{{ $0 }}",
        ["self"] = "{{ include 'self' }}",
    });
}

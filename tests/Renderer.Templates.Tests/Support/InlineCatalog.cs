namespace Renderer.Templates.Tests.Support;

/// <summary>Small catalogs for template behaviour tests: one node, 10.0.0.1, with the given services.</summary>
internal static class InlineCatalog
{
    /// <summary>A catalog whose single node runs <paramref name="services"/>, each a service JSON object.</summary>
    public static string WithServices(params string[] services) =>
        $$"""
        { "nodes": [ { "node": "n1", "address": "10.0.0.1", "services": [ {{string.Join(", ", services)}} ] } ] }
        """;

    /// <summary>A service JSON object with one tag and a port.</summary>
    public static string Service(string name, string tag, int port) =>
        $$"""{ "name": "{{name}}", "tags": ["{{tag}}"], "port": {{port}} }""";
}

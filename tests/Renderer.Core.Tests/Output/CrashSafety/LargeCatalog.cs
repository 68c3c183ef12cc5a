using System.Text.Json;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// A big catalog file for the real-renderer crash test: <c>nodes</c> nodes each running the same <c>services</c>
/// services, every instance tagged <c>http</c>. With 200 × 200 the template below renders about 2.5 MB.
/// </summary>
internal static class LargeCatalog
{
    /// <summary>One upstream per service with every instance, framed by lines naming the catalog's label.</summary>
    public const string Template = """
        # crash test catalog {{ vars.label }}
        {{~ for svc in services ~}}
        upstream {{ svc.name }} {
        {{~ for inst in (service svc.name) ~}}
            server {{ nginx.address inst }} max_fails=3 fail_timeout=60;
        {{~ end ~}}
        }
        {{~ end ~}}
        # end of catalog {{ vars.label }}

        """;

    /// <summary>Writes the catalog; <paramref name="portBase"/> makes catalogs of equal shape render differently.</summary>
    public static void Write(string path, int nodes, int services, int portBase)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("datacenter", "dc1");
        json.WriteStartArray("nodes");
        for (var node = 0; node < nodes; node++)
        {
            json.WriteStartObject();
            json.WriteString("node", $"node-{node:D4}");
            json.WriteString("address", $"10.{node / 250}.{node % 250}.1");
            json.WriteStartArray("services");
            for (var service = 0; service < services; service++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"svc-{service:D4}-{node:D4}");
                json.WriteString("name", $"svc-{service:D4}");
                json.WriteStartArray("tags");
                json.WriteStringValue("http");
                json.WriteEndArray();
                json.WriteNumber("port", portBase + service);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

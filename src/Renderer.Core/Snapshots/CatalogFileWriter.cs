using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Renderer.Core.Catalog;
using static Renderer.Core.Snapshots.CatalogFileNames;

namespace Renderer.Core.Snapshots;

/// <summary>
/// Writes a <see cref="CatalogSnapshot"/> as a catalog file (docs/catalog-format.md) in canonical form: the same
/// catalog gives the same bytes whatever order it was built in.
/// </summary>
/// <remarks>
/// Canonical form: two-space indentation, <c>\n</c> line ends and a final newline; nodes, services, checks,
/// datacenters, meta and KV sorted ordinally (tags keep Consul's order, which templates see); non-ASCII text
/// written as itself; empty collections, empty addresses/outputs and default weights left out; every check
/// written with its ID, name and status. Reading the output gives back the same catalog.
/// </remarks>
public static class CatalogFileWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // A catalog file is read by people, never embedded in HTML, so "ä" stays "ä" rather than "\u00E4".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical file text.</summary>
    public static string Write(CatalogSnapshot snapshot) => Encoding.UTF8.GetString(WriteUtf8(snapshot));

    /// <summary>The canonical file bytes (UTF-8, no byte order mark).</summary>
    public static byte[] WriteUtf8(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            WriteDatacenter(writer, snapshot.LocalDatacenter);
            var remotes = Sorted(snapshot.RemoteDatacenters, datacenter => datacenter.Name);
            if (remotes.Length > 0)
            {
                writer.WriteStartArray(RemoteDatacenters);
                foreach (var remote in remotes)
                {
                    writer.WriteStartObject();
                    WriteDatacenter(writer, remote);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteDatacenter(Utf8JsonWriter writer, DatacenterCatalog datacenter)
    {
        writer.WriteString(Datacenter, datacenter.Name);
        writer.WriteStartArray(Nodes);
        foreach (var node in Sorted(datacenter.Nodes, node => node.Name))
        {
            WriteNode(writer, node);
        }

        writer.WriteEndArray();
        WriteMap(writer, Kv, datacenter.Kv);
    }

    private static void WriteNode(Utf8JsonWriter writer, CatalogNode node)
    {
        writer.WriteStartObject();
        writer.WriteString(Node, node.Name);
        writer.WriteString(Address, node.Address);
        WriteMap(writer, Meta, node.Meta);
        WriteMap(writer, TaggedAddresses, node.TaggedAddresses);
        WriteChecks(writer, node.Checks);
        var services = Sorted(node.Services, service => service.Id);
        if (services.Length > 0)
        {
            writer.WriteStartArray(Services);
            foreach (var service in services)
            {
                WriteService(writer, service);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter writer, CatalogService service)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, service.Id);
        writer.WriteString(Name, service.Name);
        if (!service.Tags.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Tags);
            foreach (var tag in service.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        WriteNonEmpty(writer, Address, service.Address);
        writer.WriteNumber(Port, service.Port);
        WriteMap(writer, Meta, service.Meta);
        if (service.Weights is { } weights && weights != ServiceWeights.Default)
        {
            writer.WriteStartObject(Weights);
            writer.WriteNumber(Passing, weights.Passing);
            writer.WriteNumber(Warning, weights.Warning);
            writer.WriteEndObject();
        }

        WriteChecks(writer, service.Checks);
        writer.WriteEndObject();
    }

    private static void WriteChecks(Utf8JsonWriter writer, ImmutableArray<InstanceCheck> checks)
    {
        if (checks.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(Checks);
        foreach (var check in Sorted(checks, check => check.Id))
        {
            writer.WriteStartObject();
            writer.WriteString(Id, check.Id);
            writer.WriteString(Name, check.Name);
            writer.WriteString(Status, check.Status.ToText());
            WriteNonEmpty(writer, CatalogFileNames.Output, check.Output);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, ImmutableSortedDictionary<string, string>? map)
    {
        var ordinal = StringMap.Ordinal(map);
        if (ordinal.IsEmpty)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in ordinal)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteNonEmpty(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items, Func<T, string> key) =>
        items.IsDefaultOrEmpty ? [] : [.. items.OrderBy(key, StringComparer.Ordinal)];
}

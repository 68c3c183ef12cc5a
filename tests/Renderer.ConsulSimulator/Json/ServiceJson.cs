using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>The two service shapes: the nested NodeService and the flat ServiceNode of <c>/v1/catalog/service</c>.</summary>
internal static class ServiceJson
{
    /// <summary>structs.NodeService (spec §7.2): Kind omitted when typical, Port omitted when 0, Tags never null.</summary>
    public static void WriteNodeService(Utf8JsonWriter writer, StoredService service)
    {
        writer.WriteStartObject();
        if (service.Kind.Length > 0)
        {
            writer.WriteString("Kind", service.Kind);
        }

        writer.WriteString("ID", service.Id);
        writer.WriteString("Service", service.Name);
        JsonMaps.WriteStringArray(writer, "Tags", service.Tags);
        writer.WriteString("Address", service.Address);
        if (service.TaggedAddresses is { Count: > 0 } tagged)
        {
            JsonMaps.WriteServiceAddresses(writer, "TaggedAddresses", tagged);
        }

        JsonMaps.WriteStrings(writer, "Meta", service.Meta);
        if (service.Port != 0)
        {
            writer.WriteNumber("Port", service.Port);
        }

        WriteWeights(writer, "Weights", service.Weights);
        writer.WriteBoolean("EnableTagOverride", service.EnableTagOverride);
        WriteProxy(writer, "Proxy");
        WriteEmptyObject(writer, "Connect");
        writer.WriteString("PeerName", string.Empty);
        writer.WriteNumber("CreateIndex", service.CreateIndex);
        writer.WriteNumber("ModifyIndex", service.ModifyIndex);
        writer.WriteEndObject();
    }

    /// <summary>structs.ServiceNode (spec §7.3): node fields, then <c>Service*</c> fields; ServicePort always present.</summary>
    public static void WriteServiceNode(Utf8JsonWriter writer, StoredNode node, StoredService service)
    {
        writer.WriteStartObject();
        writer.WriteString("ID", node.Id);
        writer.WriteString("Node", node.Name);
        writer.WriteString("Address", node.Address);
        writer.WriteString("Datacenter", node.Datacenter);
        JsonMaps.WriteStrings(writer, "TaggedAddresses", node.TaggedAddresses);
        JsonMaps.WriteStrings(writer, "NodeMeta", node.Meta);
        writer.WriteString("ServiceKind", service.Kind);
        writer.WriteString("ServiceID", service.Id);
        writer.WriteString("ServiceName", service.Name);
        JsonMaps.WriteStringArray(writer, "ServiceTags", service.Tags);
        writer.WriteString("ServiceAddress", service.Address);
        if (service.TaggedAddresses is { Count: > 0 } tagged)
        {
            JsonMaps.WriteServiceAddresses(writer, "ServiceTaggedAddresses", tagged);
        }

        WriteWeights(writer, "ServiceWeights", service.Weights);
        JsonMaps.WriteStrings(writer, "ServiceMeta", service.Meta);
        writer.WriteNumber("ServicePort", service.Port);
        writer.WriteString("ServiceSocketPath", string.Empty);
        writer.WriteBoolean("ServiceEnableTagOverride", service.EnableTagOverride);
        WriteProxy(writer, "ServiceProxy");
        WriteEmptyObject(writer, "ServiceConnect");
        writer.WriteNull("ServiceLocality");
        writer.WriteNumber("CreateIndex", service.CreateIndex);
        writer.WriteNumber("ModifyIndex", service.ModifyIndex);
        writer.WriteEndObject();
    }

    private static void WriteWeights(Utf8JsonWriter writer, string name, ServiceWeights weights)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("Passing", weights.Passing);
        writer.WriteNumber("Warning", weights.Warning);
        writer.WriteEndObject();
    }

    // An empty ConnectProxyConfig: every field is omitempty except Mode and the two struct fields.
    private static void WriteProxy(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteString("Mode", string.Empty);
        WriteEmptyObject(writer, "MeshGateway");
        WriteEmptyObject(writer, "Expose");
        writer.WriteEndObject();
    }

    private static void WriteEmptyObject(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteEndObject();
    }
}

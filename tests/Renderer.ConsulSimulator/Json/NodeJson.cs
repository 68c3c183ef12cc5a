using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>structs.Node: <c>ID, Node, Address, Datacenter, TaggedAddresses, Meta, CreateIndex, ModifyIndex</c>
/// (Partition, PeerName and Locality are omitted when empty, which they always are in CE).</summary>
internal static class NodeJson
{
    public static void Write(Utf8JsonWriter writer, StoredNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("ID", node.Id);
        writer.WriteString("Node", node.Name);
        writer.WriteString("Address", node.Address);
        writer.WriteString("Datacenter", node.Datacenter);
        JsonMaps.WriteStrings(writer, "TaggedAddresses", node.TaggedAddresses);
        JsonMaps.WriteStrings(writer, "Meta", node.Meta);
        writer.WriteNumber("CreateIndex", node.CreateIndex);
        writer.WriteNumber("ModifyIndex", node.ModifyIndex);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>structs.CheckServiceNode: <c>{"Node": Node, "Service": NodeService, "Checks": [HealthCheck]}</c>.</summary>
internal static class HealthEntryJson
{
    public static void Write(Utf8JsonWriter writer, ServiceInstance instance)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("Node");
        NodeJson.Write(writer, instance.Node);
        writer.WritePropertyName("Service");
        ServiceJson.WriteNodeService(writer, instance.Service);
        writer.WritePropertyName("Checks");
        CheckJson.WriteArray(writer, instance.Checks);
        writer.WriteEndObject();
    }
}

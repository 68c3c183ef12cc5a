using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>structs.HealthCheck (spec §7.4); <c>Definition</c> lists only the non-empty fields, as Go's omitempty does.</summary>
internal static class CheckJson
{
    public static void Write(Utf8JsonWriter writer, StoredCheck check)
    {
        writer.WriteStartObject();
        writer.WriteString("Node", check.Node);
        writer.WriteString("CheckID", check.CheckId);
        writer.WriteString("Name", check.Name);
        writer.WriteString("Status", check.Status);
        writer.WriteString("Notes", check.Notes);
        writer.WriteString("Output", check.Output);
        writer.WriteString("ServiceID", check.ServiceId);
        writer.WriteString("ServiceName", check.ServiceName);
        JsonMaps.WriteStringArray(writer, "ServiceTags", check.ServiceTags);
        writer.WriteString("Type", check.Type);
        writer.WriteString("Interval", check.Interval);
        writer.WriteString("Timeout", check.Timeout);
        writer.WriteNumber("ExposedPort", 0);
        writer.WriteStartObject("Definition");
        WriteIfSet(writer, "Interval", check.Interval);
        WriteIfSet(writer, "Timeout", check.Timeout);
        WriteIfSet(writer, "HTTP", check.Http);
        WriteIfSet(writer, "TCP", check.Tcp);
        writer.WriteEndObject();
        writer.WriteNumber("CreateIndex", check.CreateIndex);
        writer.WriteNumber("ModifyIndex", check.ModifyIndex);
        writer.WriteEndObject();
    }

    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<StoredCheck> checks)
    {
        writer.WriteStartArray();
        foreach (var check in checks)
        {
            Write(writer, check);
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string value)
    {
        if (value.Length > 0)
        {
            writer.WriteString(name, value);
        }
    }
}

using System.Text.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Json;

/// <summary>structs.DirEntry: <c>LockIndex, Key, Flags, Value (base64, null when empty), [Session], CreateIndex, ModifyIndex</c>.</summary>
internal static class KvJson
{
    public static void Write(Utf8JsonWriter writer, StoredKvEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteNumber("LockIndex", entry.LockIndex);
        writer.WriteString("Key", entry.Key);
        writer.WriteNumber("Flags", entry.Flags);
        if (entry.Value.Length == 0)
        {
            // The agent copies the PUT body into a nil-initialised buffer: no bytes stay a nil slice → null.
            writer.WriteNull("Value");
        }
        else
        {
            writer.WriteBase64String("Value", entry.Value);
        }

        if (entry.Session is { Length: > 0 } session)
        {
            writer.WriteString("Session", session);
        }

        writer.WriteNumber("CreateIndex", entry.CreateIndex);
        writer.WriteNumber("ModifyIndex", entry.ModifyIndex);
        writer.WriteEndObject();
    }
}

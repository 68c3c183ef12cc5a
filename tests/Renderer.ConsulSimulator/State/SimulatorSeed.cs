using System.Text.Json;

namespace Renderer.ConsulSimulator.State;

/// <summary>
/// A catalog and KV store to start from, read from the seed JSON documented in the project README:
/// <c>{"Nodes":[{"Node":…,"Address":…,"Services":[…],"Checks":[…]}],"KV":{"key":"value"}}</c>.
/// </summary>
public sealed class SimulatorSeed
{
    private SimulatorSeed(IReadOnlyList<CatalogRegistration> registrations, IReadOnlyList<KeyValuePair<string, string>> keys)
    {
        Registrations = registrations;
        Keys = keys;
    }

    /// <summary>Catalog writes in file order: each node with its node checks, then each of its services with their checks.</summary>
    public IReadOnlyList<CatalogRegistration> Registrations { get; }

    /// <summary>KV pairs in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Keys { get; }

    /// <summary>Reads a seed file.</summary>
    /// <exception cref="SeedFormatException">The file is not valid seed JSON; the message names file, position or JSON path.</exception>
    public static SimulatorSeed Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException exception)
        {
            throw new SeedFormatException($"{path}: cannot read the seed file: {exception.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses seed JSON; <paramref name="source"/> names it in error messages.</summary>
    public static SimulatorSeed Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var reader = new SeedReader(source);
            return new SimulatorSeed(reader.ReadRegistrations(document.RootElement), reader.ReadKeys(document.RootElement));
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw new SeedFormatException($"{source}({line},{column}): error: invalid JSON: {exception.Message}");
        }
    }

    /// <summary>Writes the seed into a datacenter, one Raft index per registration and per key.</summary>
    public void ApplyTo(Datacenter datacenter)
    {
        ArgumentNullException.ThrowIfNull(datacenter);
        foreach (var registration in Registrations)
        {
            datacenter.Register(registration);
        }

        foreach (var (key, value) in Keys)
        {
            datacenter.PutKey(key, value);
        }
    }
}

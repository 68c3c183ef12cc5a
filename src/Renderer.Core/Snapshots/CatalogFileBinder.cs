using System.Collections.Immutable;
using System.Text.Json;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots.Json;
using static Renderer.Core.Snapshots.CatalogFileNames;

namespace Renderer.Core.Snapshots;

/// <summary>
/// Turns a parsed catalog file into a <see cref="CatalogSnapshot"/>, applying the format's defaults and
/// reporting every problem to the <see cref="ProblemList"/>. When problems were reported, the returned snapshot
/// holds placeholders and must not be used.
/// </summary>
internal sealed partial class CatalogFileBinder(ProblemList problems)
{
    public CatalogSnapshot Bind(LocatedJson root)
    {
        var file = ObjectReader.Open(root, JsonPathText.Root, problems, RootProperties);
        _ = file.String(Schema);
        var localName = DatacenterName(file, required: false);
        var local = BindDatacenter(file, localName);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal) { [localName] = file.OffsetOf(Datacenter) };
        var remotes = ImmutableArray.CreateBuilder<DatacenterCatalog>();
        foreach (var (item, path) in file.Items(RemoteDatacenters))
        {
            var remote = ObjectReader.Open(item, path, problems, RemoteDatacenterProperties);
            var name = DatacenterName(remote, required: true);
            if (name.Length > 0 && !seen.TryAdd(name, remote.OffsetOf(Datacenter)))
            {
                problems.Add(remote.OffsetOf(Datacenter), remote.PathOf(Datacenter),
                    $"datacenter {ValueDisplay.Quote(name)} is given twice (first at {problems.PlaceOf(seen[name])})");
            }

            remotes.Add(BindDatacenter(remote, name));
        }

        return new CatalogSnapshot { LocalDatacenter = local, RemoteDatacenters = remotes.ToImmutable() };
    }

    private string DatacenterName(ObjectReader reader, bool required)
    {
        var name = required ? reader.RequiredString(Datacenter) : reader.String(Datacenter) ?? DefaultDatacenter;
        if (name.Length == 0 && !required)
        {
            problems.Add(reader.OffsetOf(Datacenter), reader.PathOf(Datacenter), $"\"{Datacenter}\" must not be empty");
        }

        var refused = IndexOf(name, character => character == '@' || char.IsWhiteSpace(character) || char.IsControl(character));
        if (refused >= 0)
        {
            problems.Add(reader.OffsetOf(Datacenter), reader.PathOf(Datacenter),
                $"datacenter name {ValueDisplay.Quote(name)} contains {ValueDisplay.Character(name[refused])}; " +
                "whitespace, control characters and '@' are not allowed");
        }

        return name;
    }

    private DatacenterCatalog BindDatacenter(ObjectReader reader, string name) => new()
    {
        Name = name,
        Nodes = BindNodes(reader, name),
        Kv = BindKv(reader),
    };

    private ImmutableSortedDictionary<string, string> BindKv(ObjectReader datacenter)
    {
        var value = datacenter.Get(Kv);
        if (value is null)
        {
            return StringMap.Empty;
        }

        var map = ObjectReader.Open(value, datacenter.PathOf(Kv), problems, allowed: null);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var property in map.Properties)
        {
            var path = map.PathOf(property.Name);
            if (KvKeyProblem(property.Name) is { } problem)
            {
                problems.Add(property.NameOffset, path, problem);
            }

            // Consul stores an empty value as null; both mean "".
            if (property.Value.Kind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problems.Add(property.Value.Offset, path, $"expected a string value, found {property.Value.Description}");
                continue;
            }

            pairs.Add(new(property.Name, property.Value.Text ?? ""));
        }

        return StringMap.Create(pairs);
    }

    private static string? KvKeyProblem(string key)
    {
        if (key.Length == 0)
        {
            return "a KV key must not be empty";
        }

        if (key.StartsWith('/'))
        {
            return $"KV key {ValueDisplay.Quote(key)} starts with '/'; Consul keys do not (write {ValueDisplay.Quote(key.TrimStart('/'))})";
        }

        var control = IndexOf(key, char.IsControl);
        return control < 0 ? null
            : $"KV key {ValueDisplay.Quote(key)} contains the control character {ValueDisplay.Character(key[control])}";
    }

    private static int IndexOf(string text, Func<char, bool> refused)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (refused(text[index]))
            {
                return index;
            }
        }

        return -1;
    }
}

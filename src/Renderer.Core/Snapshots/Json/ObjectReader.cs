using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Renderer.Core.Catalog;

namespace Renderer.Core.Snapshots.Json;

/// <summary>
/// Reads the properties of one JSON object, reporting every type error, unknown or repeated property to a
/// <see cref="ProblemList"/> and returning a placeholder instead of stopping, so that binding goes on and all
/// problems are found in one pass. A JSON <c>null</c> counts as an absent property.
/// </summary>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, LocatedProperty> _properties = new(StringComparer.Ordinal);
    private readonly ProblemList _problems;
    private readonly bool _isObject;

    private ObjectReader(LocatedJson node, string path, ProblemList problems, IReadOnlyList<string>? allowed)
    {
        Node = node;
        Path = path;
        _problems = problems;
        _isObject = node.Kind == JsonValueKind.Object;
        if (!_isObject)
        {
            problems.Add(node.Offset, path, $"expected an object, found {node.Description}");
            return;
        }

        foreach (var property in node.Properties)
        {
            Register(property, allowed);
        }
    }

    public LocatedJson Node { get; }

    public string Path { get; }

    /// <summary>Opens <paramref name="node"/>; <paramref name="allowed"/> null allows any property name (a map).</summary>
    public static ObjectReader Open(LocatedJson node, string path, ProblemList problems, IReadOnlyList<string>? allowed) =>
        new(node, path, problems, allowed);

    public string PathOf(string name) => JsonPathText.Property(Path, name);

    /// <summary>The offset of the property's value, or of the object when the property is absent.</summary>
    public int OffsetOf(string name) => Get(name)?.Offset ?? Node.Offset;

    /// <summary>The property's value, or null when it is absent or JSON null.</summary>
    public LocatedJson? Get(string name) =>
        _properties.TryGetValue(name, out var property) && property.Value.Kind != JsonValueKind.Null ? property.Value : null;

    public string? String(string name)
    {
        var value = Get(name);
        if (value is null || value.Kind == JsonValueKind.String)
        {
            return value?.Text;
        }

        _problems.Add(value.Offset, PathOf(name), $"expected a string, found {value.Description}");
        return null;
    }

    /// <summary>A string that must be present and non-empty; "" after reporting when it is not.</summary>
    public string RequiredString(string name)
    {
        var value = String(name);
        if (value is { Length: > 0 })
        {
            return value;
        }

        if (value is not null)
        {
            _problems.Add(OffsetOf(name), PathOf(name), $"\"{name}\" must not be empty");
        }
        else if (_isObject && Get(name) is null)
        {
            _problems.Add(Node.Offset, Path, $"missing required property \"{name}\"");
        }

        return "";
    }

    /// <summary>An integer in [min, max], or null when absent or invalid (after reporting).</summary>
    public int? Integer(string name, int minimum, int maximum)
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"an integer from {minimum} to {maximum}");
        if (value.Kind != JsonValueKind.Number ||
            !long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            _problems.Add(value.Offset, PathOf(name), $"expected {range}, found {value.Description}");
            return null;
        }

        if (number < minimum || number > maximum)
        {
            _problems.Add(value.Offset, PathOf(name), $"{number} is out of range; expected {range}");
            return null;
        }

        return (int)number;
    }

    /// <summary>The items of an array property with their paths; empty when absent or not an array (after reporting).</summary>
    public IEnumerable<(LocatedJson Item, string Path)> Items(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return [];
        }

        if (value.Kind != JsonValueKind.Array)
        {
            _problems.Add(value.Offset, PathOf(name), $"expected an array, found {value.Description}");
            return [];
        }

        var path = PathOf(name);
        return value.Items.Select((item, index) => (item, JsonPathText.Index(path, index)));
    }

    /// <summary>An array of non-empty strings.</summary>
    public ImmutableArray<string> StringArray(string name)
    {
        var strings = ImmutableArray.CreateBuilder<string>();
        foreach (var (item, path) in Items(name))
        {
            if (item.Kind != JsonValueKind.String || item.Text is not { Length: > 0 } text)
            {
                _problems.Add(item.Offset, path, $"expected a non-empty string, found {Describe(item)}");
                continue;
            }

            strings.Add(text);
        }

        return strings.ToImmutable();
    }

    /// <summary>An object of string values (meta, tagged addresses).</summary>
    public ImmutableSortedDictionary<string, string> StringMap(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return Catalog.StringMap.Empty;
        }

        var map = Open(value, PathOf(name), _problems, allowed: null);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var property in map._properties.Values)
        {
            if (property.Value.Kind != JsonValueKind.String)
            {
                _problems.Add(property.Value.Offset, map.PathOf(property.Name), $"expected a string, found {property.Value.Description}");
                continue;
            }

            pairs.Add(new(property.Name, property.Value.Text!));
        }

        return Catalog.StringMap.Create(pairs);
    }

    /// <summary>The properties of this object (when it is one), each name once, in source order.</summary>
    public IEnumerable<LocatedProperty> Properties => Node.Properties.Where(property =>
        _properties.TryGetValue(property.Name, out var kept) && ReferenceEquals(kept, property));

    private static string Describe(LocatedJson item) =>
        item.Kind == JsonValueKind.String ? "an empty string" : item.Description;

    private void Register(LocatedProperty property, IReadOnlyList<string>? allowed)
    {
        var path = PathOf(property.Name);
        if (allowed is not null && !allowed.Contains(property.Name))
        {
            _problems.Add(property.NameOffset, path,
                $"unknown property {ValueDisplay.Quote(property.Name)}; expected one of: {string.Join(", ", allowed)}");
        }
        else if (!_properties.TryAdd(property.Name, property))
        {
            var first = _properties[property.Name];
            _problems.Add(property.NameOffset, path,
                $"property \"{property.Name}\" is given twice (first at {_problems.PlaceOf(first.NameOffset)})");
        }
    }
}

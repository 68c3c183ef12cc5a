namespace Renderer.ConsulSimulator.Filtering;

/// <summary>A node of a filter schema: a field's kind, a struct's fields, or a map's/list's element type.</summary>
internal sealed record FilterType(FilterKind Kind, IReadOnlyDictionary<string, FilterType>? Fields = null, FilterType? Element = null)
{
    public static FilterType String { get; } = new(FilterKind.String);

    public static FilterType Integer { get; } = new(FilterKind.Integer);

    public static FilterType Boolean { get; } = new(FilterKind.Boolean);

    public static FilterType StringList { get; } = new(FilterKind.StringList);

    public static FilterType Unsupported { get; } = new(FilterKind.Unsupported);

    public static FilterType StringMap { get; } = MapOf(String);

    public static FilterType MapOf(FilterType element) => new(FilterKind.Map, Element: element);

    public static FilterType ListOf(FilterType element) => new(FilterKind.StructList, Element: element);

    public static FilterType Struct(params (string Name, FilterType Type)[] fields) =>
        new(FilterKind.Struct, fields.ToDictionary(f => f.Name, f => f.Type, StringComparer.Ordinal));
}

namespace Renderer.Cli.Configuration.Json;

/// <summary>A JSON object; properties in file order, duplicates kept (the binder reports them).</summary>
public sealed record ConfigObject(TextPosition Position, IReadOnlyList<ConfigProperty> Properties) : ConfigNode(Position)
{
    public override string KindDescription => "an object";
}

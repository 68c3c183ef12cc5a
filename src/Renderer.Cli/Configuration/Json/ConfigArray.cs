namespace Renderer.Cli.Configuration.Json;

/// <summary>A JSON array.</summary>
public sealed record ConfigArray(TextPosition Position, IReadOnlyList<ConfigNode> Items) : ConfigNode(Position)
{
    public override string KindDescription => "an array";
}

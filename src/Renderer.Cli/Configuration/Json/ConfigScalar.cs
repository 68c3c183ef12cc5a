namespace Renderer.Cli.Configuration.Json;

/// <summary>
/// A JSON string, number, boolean or null. <paramref name="Text"/> is the unescaped string, the number as
/// written, <c>true</c>/<c>false</c>, or <c>null</c>.
/// </summary>
public sealed record ConfigScalar(TextPosition Position, ConfigScalarKind Kind, string Text) : ConfigNode(Position)
{
    public override string KindDescription => Kind switch
    {
        ConfigScalarKind.String => "a string",
        ConfigScalarKind.Number => "a number",
        ConfigScalarKind.Boolean => "a boolean",
        _ => "null",
    };
}

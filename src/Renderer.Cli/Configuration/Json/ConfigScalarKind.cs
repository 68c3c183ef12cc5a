namespace Renderer.Cli.Configuration.Json;

public enum ConfigScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}

namespace Renderer.Cli.Configuration.Json;

/// <summary>
/// A JSON value of the config file with its position, so every problem can name line and column
/// (<see cref="System.Text.Json.JsonDocument"/> keeps no positions).
/// </summary>
public abstract record ConfigNode(TextPosition Position)
{
    /// <summary>How the value is described in a type error: "a string", "an array" …</summary>
    public abstract string KindDescription { get; }
}

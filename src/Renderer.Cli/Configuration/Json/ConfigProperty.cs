namespace Renderer.Cli.Configuration.Json;

/// <summary>One <c>"name": value</c> of a <see cref="ConfigObject"/>; <paramref name="NamePosition"/> is the key's opening quote.</summary>
public sealed record ConfigProperty(string Name, TextPosition NamePosition, ConfigNode Value);

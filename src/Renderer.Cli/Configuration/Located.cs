namespace Renderer.Cli.Configuration;

/// <summary>A configuration value with where it was written, so later checks can point at it.</summary>
public sealed record Located<T>(T Value, ConfigurationSource Source);

namespace Renderer.ConsulSimulator.State;

/// <summary>A seed file that cannot be loaded; the message names the file and the position or JSON path.</summary>
public sealed class SeedFormatException(string message) : Exception(message);

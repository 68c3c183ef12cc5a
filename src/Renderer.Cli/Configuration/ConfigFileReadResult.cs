namespace Renderer.Cli.Configuration;

/// <summary>What was read from the config file, and every problem found in it.</summary>
/// <param name="File">
/// Null when the file could not be read or is not valid JSON. Otherwise every value that was valid; values
/// with a problem (and templates without source or destination) are left out, so later checks can still run
/// on the rest and report everything at once.
/// </param>
public sealed record ConfigFileReadResult(ConfigFile? File, IReadOnlyList<ConfigurationError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

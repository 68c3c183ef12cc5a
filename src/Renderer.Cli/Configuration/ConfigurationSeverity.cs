namespace Renderer.Cli.Configuration;

public enum ConfigurationSeverity
{
    /// <summary>Nothing runs until it is fixed.</summary>
    Error,

    /// <summary>Reported, but the run goes on (e.g. a token file other users can read).</summary>
    Warning,
}

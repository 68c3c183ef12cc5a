namespace Renderer.Cli.Configuration;

/// <summary>
/// One problem in the command line or the config file. Formats like a compiler diagnostic, so editors and CI
/// logs link to it: <c>/etc/renderer.json(12,7) : error : $.templates[0].perms: …</c>, or
/// <c>-template: …</c> for a flag. Messages never contain a token or password.
/// </summary>
public sealed record ConfigurationError(ConfigurationSource Source, string Message, ConfigurationSeverity Severity = ConfigurationSeverity.Error)
{
    public bool IsWarning => Severity == ConfigurationSeverity.Warning;

    public override string ToString()
    {
        if (Source.Flag is { } flag)
        {
            return IsWarning ? $"{flag}: warning: {Message}" : $"{flag}: {Message}";
        }
        var at = Source.JsonPath is null ? "" : Source.JsonPath + ": ";
        return $"{Source} : {(IsWarning ? "warning" : "error")} : {at}{Message}";
    }
}

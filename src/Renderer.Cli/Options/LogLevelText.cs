using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace Renderer.Cli.Options;

/// <summary>
/// <c>-log-level</c> names: consul-template's (<c>trace, debug, info, warn, err</c>) plus .NET's spellings,
/// case-insensitive.
/// </summary>
public static class LogLevelText
{
    /// <summary>The names shown in help and error messages, mildest first.</summary>
    public const string AcceptedNames = "trace, debug, info, warn, err, critical, off";

    private static readonly Dictionary<string, LogLevel> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = LogLevel.Trace,
        ["debug"] = LogLevel.Debug,
        ["info"] = LogLevel.Information,
        ["information"] = LogLevel.Information,
        ["warn"] = LogLevel.Warning,
        ["warning"] = LogLevel.Warning,
        ["err"] = LogLevel.Error,
        ["error"] = LogLevel.Error,
        ["critical"] = LogLevel.Critical,
        ["off"] = LogLevel.None,
        ["none"] = LogLevel.None,
    };

    /// <summary>Parses a level name; on failure <paramref name="error"/> quotes it and lists the accepted names.</summary>
    public static bool TryParse(string text, out LogLevel level, [NotNullWhen(false)] out string? error)
    {
        if (Names.TryGetValue(text, out level))
        {
            error = null;
            return true;
        }
        error = $"unknown log level \"{text}\"; use one of {AcceptedNames}";
        return false;
    }

    /// <summary>The consul-template name of <paramref name="level"/> (<c>info</c>, <c>warn</c> …).</summary>
    public static string Format(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "err",
        LogLevel.Critical => "critical",
        _ => "off",
    };
}

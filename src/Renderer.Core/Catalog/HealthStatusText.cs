namespace Renderer.Core.Catalog;

/// <summary>The text form of <see cref="HealthStatus"/>: Consul's lower-case words, which templates see.</summary>
public static class HealthStatusText
{
    /// <summary>The accepted words, best status first: <c>passing, warning, critical</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["passing", "warning", "critical"];

    /// <summary>Returns <c>passing</c>, <c>warning</c> or <c>critical</c>.</summary>
    public static string ToText(this HealthStatus status) => status switch
    {
        HealthStatus.Passing => "passing",
        HealthStatus.Warning => "warning",
        HealthStatus.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a health status."),
    };

    /// <summary>Parses one of <see cref="Names"/>, ignoring case (Consul itself writes them in lower case).</summary>
    public static bool TryParse(string? text, out HealthStatus status)
    {
        for (var index = 0; index < Names.Count; index++)
        {
            if (string.Equals(text, Names[index], StringComparison.OrdinalIgnoreCase))
            {
                status = (HealthStatus)index;
                return true;
            }
        }

        status = default;
        return false;
    }
}

namespace Renderer.ConsulSimulator.Faults;

/// <summary>When a fault applies.</summary>
/// <param name="Fault">What happens.</param>
public sealed record FaultRule(Fault Fault)
{
    /// <summary>Only requests whose path starts with this (e.g. <c>/v1/health/</c>); null for all. <value>Default: null.</value></summary>
    public string? PathPrefix { get; init; }

    /// <summary>Only this HTTP method; null for all. <value>Default: null.</value></summary>
    public string? Method { get; init; }

    /// <summary>How many requests it hits before it expires; null for until removed. <value>Default: null.</value></summary>
    public int? Times { get; init; }

    internal bool Matches(string method, string path) =>
        (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal))
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase));
}

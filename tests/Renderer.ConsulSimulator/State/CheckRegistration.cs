namespace Renderer.ConsulSimulator.State;

/// <summary>A health check as registered through the catalog (or built by the agent endpoints).</summary>
/// <param name="CheckId">Check ID, unique on its node; the catalog defaults it to the name.</param>
public sealed record CheckRegistration(string CheckId)
{
    /// <summary>Check name. <value>Default: empty.</value></summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>passing</c>, <c>warning</c> or <c>critical</c>; empty is stored as critical. <value>Default: empty.</value></summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The service instance the check belongs to; empty makes it a node check. <value>Default: empty.</value></summary>
    public string ServiceId { get; init; } = string.Empty;

    /// <summary>Free-text notes. <value>Default: empty.</value></summary>
    public string Notes { get; init; } = string.Empty;

    /// <summary>Last output. <value>Default: empty.</value></summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>Check type (<c>ttl</c>, <c>http</c>, <c>tcp</c>, …); empty for catalog-registered checks. <value>Default: empty.</value></summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Interval as Consul echoes it (<c>10s</c>). <value>Default: empty.</value></summary>
    public string Interval { get; init; } = string.Empty;

    /// <summary>Timeout as Consul echoes it. <value>Default: empty.</value></summary>
    public string Timeout { get; init; } = string.Empty;

    /// <summary>HTTP target, shown in the check's <c>Definition</c>. <value>Default: empty.</value></summary>
    public string Http { get; init; } = string.Empty;

    /// <summary>TCP target, shown in the check's <c>Definition</c>. <value>Default: empty.</value></summary>
    public string Tcp { get; init; } = string.Empty;
}

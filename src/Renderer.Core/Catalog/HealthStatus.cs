namespace Renderer.Core.Catalog;

/// <summary>
/// The status of a health check or of a whole instance, ordered from best to worst so that the worst
/// status over several checks is their maximum.
/// </summary>
/// <remarks>
/// Consul has no separate "maintenance" status: maintenance is a critical check with a well-known ID
/// (see <see cref="InstanceCheck.IsMaintenance"/>), so an instance in maintenance is <see cref="Critical"/>.
/// </remarks>
public enum HealthStatus
{
    /// <summary>Consul's <c>passing</c>.</summary>
    Passing = 0,

    /// <summary>Consul's <c>warning</c>.</summary>
    Warning = 1,

    /// <summary>Consul's <c>critical</c>; also every instance in maintenance.</summary>
    Critical = 2,
}

namespace Renderer.LoadTests;

/// <summary>The changes the scenario makes. The first four are the mix; the last two are reported apart.</summary>
internal enum ChangeKind
{
    /// <summary>A new instance with a passing check.</summary>
    Register,

    /// <summary>Its check goes critical: it leaves the passing list.</summary>
    HealthCritical,

    /// <summary>Its check passes again.</summary>
    HealthPassing,

    /// <summary>The instance goes away with its check.</summary>
    Deregister,

    /// <summary>An instance is registered again with another port and nothing else: no feed can attribute it (a sweep finds it).</summary>
    PortChange,

    /// <summary>A node's address changes: every service on it changes.</summary>
    NodeAddress,
}

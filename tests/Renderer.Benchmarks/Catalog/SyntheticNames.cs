namespace Renderer.Benchmarks.Catalog;

/// <summary>Word lists the synthetic service names are made of: "billing-gateway", "search-cache-10042".</summary>
internal static class SyntheticNames
{
    public static readonly string[] Domains =
    [
        "accounts", "analytics", "audit", "billing", "catalog", "checkout", "content", "customer", "delivery",
        "identity", "inventory", "invoice", "ledger", "loyalty", "media", "messaging", "notify", "orders",
        "partner", "payments", "pricing", "profile", "reporting", "search", "shipping",
    ];

    public static readonly string[] Roles =
    [
        "api", "backend", "broker", "cache", "collector", "consumer", "db", "dispatcher", "edge", "events",
        "exporter", "feed", "frontend", "gateway", "graph", "indexer", "ingest", "jobs", "mailer", "monitor",
        "portal", "processor", "projector", "proxy", "queue", "ranker", "reader", "registry", "renderer",
        "replica", "resolver", "scheduler", "service", "sidecar", "store", "stream", "sync", "web", "worker",
        "writer",
    ];

    public static readonly string[] Teams = ["core", "growth", "platform", "risk", "storefront", "data"];

    public static readonly string[] Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    /// <summary>Every domain-role pair, in a fixed order; 25 × 40 = 1,000 names.</summary>
    public static IEnumerable<string> All() =>
        from domain in Domains
        from role in Roles
        select domain + "-" + role;
}

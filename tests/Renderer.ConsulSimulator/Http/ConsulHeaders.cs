namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// Response header names exactly as they appear on the wire from Consul: Go's <c>Header.Set</c>
/// canonicalises keys, so <c>X-Consul-KnownLeader</c> is sent as <c>X-Consul-Knownleader</c>.
/// Header names are case-insensitive, so clients must not care; the simulator still sends Consul's bytes.
/// </summary>
internal static class ConsulHeaders
{
    public const string Index = "X-Consul-Index";
    public const string KnownLeader = "X-Consul-Knownleader";
    public const string LastContact = "X-Consul-Lastcontact";
    public const string EffectiveConsistency = "X-Consul-Effective-Consistency";
    public const string QueryBackend = "X-Consul-Query-Backend";
    public const string DefaultAclPolicy = "X-Consul-Default-Acl-Policy";
    public const string ResultsFilteredByAcls = "X-Consul-Results-Filtered-By-Acls";
    public const string Cache = "X-Cache";
    public const string Age = "Age";
    public const string Token = "X-Consul-Token";
    public const string Namespace = "X-Consul-Namespace";
    public const string TextPlain = "text/plain; charset=utf-8";
    public const string Json = "application/json";
}

namespace Renderer.Consul.Http;

/// <summary>Request header names the client sends.</summary>
internal static class ConsulHeaders
{
    /// <summary>The ACL token header (spec §9); the token never travels in the URL.</summary>
    public const string Token = "X-Consul-Token";
}

using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>Path arguments: Consul takes what follows the route prefix and refuses an empty one with a 400.</summary>
internal static class EndpointArguments
{
    public static string Required(string value, string missingMessage) =>
        value.Length > 0 ? value : throw ConsulHttpError.BadRequest(missingMessage);
}

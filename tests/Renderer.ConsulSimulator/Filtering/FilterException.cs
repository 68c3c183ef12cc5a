using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>A filter Consul would reject (invalid), or one the simulator's go-bexpr subset cannot run (unsupported).</summary>
internal sealed class FilterException(string message, bool unsupported) : Exception(message)
{
    public bool Unsupported { get; } = unsupported;

    public static FilterException Invalid(string message) => new(message, unsupported: false);

    public static FilterException NotSupported(string message) => new(message, unsupported: true);

    /// <summary>
    /// Consul answers an invalid filter with 500 <c>Failed to create boolean expression evaluator: …</c>;
    /// an expression outside the simulator's subset gets a 400 that says so, so nobody mistakes it for Consul.
    /// </summary>
    public ConsulHttpError ToHttpError() => Unsupported
        ? ConsulHttpError.BadRequest($"Consul simulator: unsupported filter expression: {Message}")
        : ConsulHttpError.Internal($"Failed to create boolean expression evaluator: {Message}");
}

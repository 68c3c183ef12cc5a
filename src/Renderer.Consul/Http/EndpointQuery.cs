namespace Renderer.Consul.Http;

/// <summary>The endpoint-specific query parameters (those that are not part of <see cref="QueryOptions"/>).</summary>
internal readonly record struct EndpointQuery
{
    /// <summary><c>passing=1</c> (health service).</summary>
    public bool PassingOnly { get; init; }

    /// <summary>One <c>tag=</c> per tag; instances must carry all of them.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary><c>recurse</c> (KV).</summary>
    public bool Recurse { get; init; }

    /// <summary><c>keys</c> (KV).</summary>
    public bool Keys { get; init; }

    /// <summary><c>separator=</c> (KV keys).</summary>
    public string? Separator { get; init; }
}

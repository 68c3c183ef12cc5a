namespace Renderer.Consul;

/// <summary>A read's value together with the metadata needed to watch it.</summary>
public sealed record QueryResult<T>(T Value, QueryMeta Meta);

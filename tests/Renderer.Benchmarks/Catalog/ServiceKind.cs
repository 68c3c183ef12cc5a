namespace Renderer.Benchmarks.Catalog;

/// <summary>Which nginx context a synthetic service lands in.</summary>
internal enum ServiceKind
{
    /// <summary>Tagged <c>http</c>: an upstream and a server block in <c>http {}</c>.</summary>
    Http,

    /// <summary>Tagged <c>tcp</c>, named <c>NAME-PORT</c>: an upstream and a server block in <c>stream {}</c>.</summary>
    Tcp,

    /// <summary>Neither: not rendered, but still listed by <c>services</c>.</summary>
    Internal,
}

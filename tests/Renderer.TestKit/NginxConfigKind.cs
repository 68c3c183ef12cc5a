namespace Renderer.TestKit;

/// <summary>Where a rendered configuration sits in nginx's configuration tree.</summary>
public enum NginxConfigKind
{
    /// <summary>
    /// A whole main configuration (<c>events {}</c>, <c>http {}</c>, …). It must not set <c>pid</c> (the sandbox
    /// does); inside its <c>http {}</c> it should include <see cref="NginxSandbox.HttpDefaults"/> to run as non-root.
    /// </summary>
    Main,

    /// <summary>Directives for the <c>http {}</c> context: <c>upstream</c>, <c>server</c>, … (an include file).</summary>
    Http,

    /// <summary>Directives for the <c>stream {}</c> context (needs the stream module).</summary>
    Stream,
}

namespace Renderer.Templates.Tests.Support;

/// <summary>What a shipped template renders, which decides how its output is validated.</summary>
internal enum TemplateOutputKind
{
    /// <summary>Directives for nginx's <c>http {}</c> context (an include file).</summary>
    HttpContext,

    /// <summary>Directives for nginx's <c>stream {}</c> context (an include file).</summary>
    StreamContext,

    /// <summary>A whole nginx.conf.</summary>
    MainConfiguration,

    /// <summary>A JSON document.</summary>
    Json,
}

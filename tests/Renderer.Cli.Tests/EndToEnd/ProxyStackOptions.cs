namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>How a <see cref="ProxyStack"/> is set up.</summary>
internal sealed record ProxyStackOptions
{
    /// <summary>Backends started and registered in Consul before the renderer starts. <value>Default: web-a, web-b.</value></summary>
    public IReadOnlyList<string> Backends { get; init; } = ["web-a", "web-b"];

    /// <summary>
    /// True: the template, its <c>nginx -t</c> check and its reload command come from a config file (<c>-config</c>).
    /// False: consul-template's form, <c>-template "SRC:DEST:RELOAD"</c>, with no check. <value>Default: true.</value>
    /// </summary>
    public bool UseConfigFile { get; init; } = true;

    /// <summary>Stop the simulator (state kept) before the renderer starts, as when a machine boots before its agent. <value>Default: false.</value></summary>
    public bool ConsulDownAtStart { get; init; }

    /// <summary>Text appended to the shipped template, e.g. directives a test controls through Consul. <value>Default: none.</value></summary>
    public string TemplateSuffix { get; init; } = "";
}

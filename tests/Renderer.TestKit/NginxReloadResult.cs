namespace Renderer.TestKit;

/// <summary>Outcome of a reload signal: whether the master applied the new configuration, and its log lines.</summary>
public sealed record NginxReloadResult(bool Applied, string Log);

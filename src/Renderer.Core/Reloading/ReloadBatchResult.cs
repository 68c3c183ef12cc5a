namespace Renderer.Core.Reloading;

/// <summary>The results of a <see cref="ReloadPlan"/>, one per command, in plan order.</summary>
public sealed record ReloadBatchResult(IReadOnlyList<ReloadResult> Commands)
{
    /// <summary>True when every command succeeded (also when there were none).</summary>
    public bool Succeeded => Commands.All(command => command.Succeeded);

    /// <summary>The commands that did not succeed.</summary>
    public IEnumerable<ReloadResult> Failures => Commands.Where(command => !command.Succeeded);
}

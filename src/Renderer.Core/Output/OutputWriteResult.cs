namespace Renderer.Core.Output;

/// <summary>The outcome of <see cref="AtomicFileWriter.WriteIfChangedAsync"/>.</summary>
/// <param name="Path">The file actually compared and written (a symlink's final target).</param>
/// <param name="Outcome">Whether it was unchanged, written or would be written.</param>
/// <param name="Rollback">For <see cref="OutputWriteOutcome.Written"/>: what puts the previous state back.</param>
public sealed record OutputWriteResult(string Path, OutputWriteOutcome Outcome, OutputRollback? Rollback)
{
    /// <summary>True when the destination was replaced.</summary>
    public bool DidWrite => Outcome == OutputWriteOutcome.Written;

    /// <summary>True when a dry run found a difference.</summary>
    public bool WouldWrite => Outcome == OutputWriteOutcome.WouldWrite;
}

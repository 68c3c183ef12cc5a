namespace Renderer.Core.Output;

/// <summary>An atomic write or restore failed; the message names the file, the step and what was left on disk.</summary>
public sealed class OutputWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputWriteException(string path, OutputWriteStep step, string outcome, Exception innerException)
        : base($"Could not write '{path}' ({Describe(step)}): {innerException.Message} {outcome}", innerException)
    {
        Path = path;
        Step = step;
    }

    /// <summary>The destination file.</summary>
    public string Path { get; }

    /// <summary>The step that failed.</summary>
    public OutputWriteStep Step { get; }

    /// <summary>
    /// Set when the destination was already replaced (only a failed directory fsync gets that far): what puts the
    /// previous state back, should the caller prefer that to a possibly non-durable new file.
    /// </summary>
    public OutputRollback? Rollback { get; init; }

    private static string Describe(OutputWriteStep step) => step switch
    {
        OutputWriteStep.ReadCurrent => "reading the current file",
        OutputWriteStep.CreateDirectory => "creating its directory",
        OutputWriteStep.WriteTemporary => "writing the temporary file",
        OutputWriteStep.Backup => "writing the .bak copy",
        OutputWriteStep.Replace => "renaming the temporary file over it",
        OutputWriteStep.SyncDirectory => "syncing its directory",
        OutputWriteStep.Delete => "deleting it",
        _ => step.ToString(),
    };
}

namespace Renderer.Core.Output;

/// <summary>The step of an atomic write that failed, named in <see cref="OutputWriteException"/>.</summary>
public enum OutputWriteStep
{
    /// <summary>Reading the current file to compare.</summary>
    ReadCurrent,

    /// <summary>Creating the destination's parent directories.</summary>
    CreateDirectory,

    /// <summary>Writing, syncing and setting mode/owner of the temporary file.</summary>
    WriteTemporary,

    /// <summary>Writing the <c>.bak</c> copy of the previous file.</summary>
    Backup,

    /// <summary>Renaming the temporary file over the destination.</summary>
    Replace,

    /// <summary>Syncing the directory so the rename survives a crash.</summary>
    SyncDirectory,

    /// <summary>Removing a file that a rolled-back write had created.</summary>
    Delete,
}

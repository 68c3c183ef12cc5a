namespace Renderer.Core.Running;

/// <summary>What happened to one template in one render pass.</summary>
public enum TemplateStatus
{
    /// <summary>Rendered; the file on disk already has these bytes. Nothing written, nothing run.</summary>
    Unchanged,

    /// <summary>Rendered, written (and checked when a check is configured).</summary>
    Written,

    /// <summary>Dry run: the file would change.</summary>
    WouldWrite,

    /// <summary>Diff mode: the rendered output differs from the file on disk.</summary>
    Differs,

    /// <summary>Some data the template reads has not arrived; nothing written.</summary>
    WaitingForData,

    /// <summary>The template failed to render; nothing written.</summary>
    RenderFailed,

    /// <summary>Written, but the check command refused it: the previous file was restored.</summary>
    CheckFailed,

    /// <summary>The output file could not be written; the previous file is untouched.</summary>
    WriteFailed,
}

namespace Renderer.Core.Output;

/// <summary>What a write request did to the destination.</summary>
public enum OutputWriteOutcome
{
    /// <summary>The destination already held these bytes; nothing was touched.</summary>
    Unchanged,

    /// <summary>The destination was replaced atomically.</summary>
    Written,

    /// <summary>Dry run: the destination differs and would have been replaced.</summary>
    WouldWrite,
}

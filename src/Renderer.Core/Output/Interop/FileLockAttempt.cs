namespace Renderer.Core.Output.Interop;

/// <summary>What <see cref="Libc.TryLockExclusive"/> found.</summary>
internal enum FileLockAttempt
{
    /// <summary>The lock is ours: no other open file holds one.</summary>
    Taken,

    /// <summary>Another open file holds a lock (EWOULDBLOCK): a live process is using the file.</summary>
    HeldElsewhere,

    /// <summary>The file system cannot tell (no flock support); assume the file is in use.</summary>
    Unsupported,
}

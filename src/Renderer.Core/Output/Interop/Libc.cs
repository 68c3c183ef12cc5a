using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Renderer.Core.Output.Interop;

/// <summary>
/// The POSIX calls the BCL does not expose: file owner (statx, chown), fsync of a directory and flock. Plain
/// [DllImport] with blittable arguments (paths as NUL-terminated UTF-8 byte arrays) needs no unsafe code and no
/// runtime marshalling, so it stays trimming- and AOT-safe.
/// </summary>
internal static class Libc
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;
    private const int OpenReadOnly = 0;
    private const int OpenCloseOnExec = 0x80000;
    private const int ErrorInvalidArgument = 22;
    private const int ErrorWouldBlock = 11;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    /// <summary>Owner, group, mode and inode of <paramref name="path"/> (symlinks followed), or null when it does not exist.</summary>
    /// <remarks>statx's buffer layout (native byte order) is the same on every architecture, unlike struct stat's.</remarks>
    public static (uint OwnerId, uint GroupId, uint Mode, ulong Inode, ulong Size)? Stat(string path)
    {
        var buffer = new byte[StatxSize];
        if (statx(AtCurrentDirectory, ToNative(path), 0, StatxBasicStats, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == 2 ? null : throw ErrorFor("statx", path, error);
        }

        return (
            MemoryMarshal.Read<uint>(buffer.AsSpan(20)),
            MemoryMarshal.Read<uint>(buffer.AsSpan(24)),
            MemoryMarshal.Read<ushort>(buffer.AsSpan(28)),
            MemoryMarshal.Read<ulong>(buffer.AsSpan(32)),
            MemoryMarshal.Read<ulong>(buffer.AsSpan(40)));
    }

    /// <summary>Changes owner and group of <paramref name="path"/>.</summary>
    public static void ChangeOwner(string path, uint ownerId, uint groupId)
    {
        if (chown(ToNative(path), ownerId, groupId) != 0)
        {
            throw ErrorFor("chown", path, Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>Flushes a directory's entries (a rename inside it) to disk.</summary>
    public static void SyncDirectory(string path)
    {
        var descriptor = open(ToNative(path), OpenReadOnly | OpenCloseOnExec);
        if (descriptor < 0)
        {
            throw ErrorFor("open", path, Marshal.GetLastPInvokeError());
        }

        try
        {
            // Some file systems cannot sync a directory and say EINVAL; there is nothing more to do there.
            if (fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() is var error && error != ErrorInvalidArgument)
            {
                throw ErrorFor("fsync", path, error);
            }
        }
        finally
        {
            _ = close(descriptor);
        }
    }

    /// <summary>
    /// Takes an exclusive flock(2) on the open file without waiting. The kernel drops it when the last descriptor
    /// closes, including when the process is killed, which is what makes it a liveness signal.
    /// </summary>
    /// <returns>Taken; held by another open file (a live process); or unsupported by this file system.</returns>
    public static FileLockAttempt TryLockExclusive(SafeFileHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            if (flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0)
            {
                return FileLockAttempt.Taken;
            }

            return Marshal.GetLastPInvokeError() == ErrorWouldBlock ? FileLockAttempt.HeldElsewhere : FileLockAttempt.Unsupported;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static IOException ErrorFor(string call, string path, int error) =>
        new($"{call}('{path}') failed: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");

    private static byte[] ToNative(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

#pragma warning disable SYSLIB1054 // [LibraryImport] would need AllowUnsafeBlocks in Renderer.Core; these signatures are blittable.
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directoryDescriptor, byte[] path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(byte[] path, uint ownerId, uint groupId);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int descriptor, int operation);
#pragma warning restore SYSLIB1054
}

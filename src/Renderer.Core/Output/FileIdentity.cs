using Renderer.Core.Output.Interop;

namespace Renderer.Core.Output;

/// <summary>Who owns a file and with which mode, plus its inode: what a rewrite must keep, and how tests see a rewrite.</summary>
/// <param name="Mode">Permission bits (and setuid/setgid/sticky).</param>
/// <param name="OwnerId">Numeric owner (uid), or null where it cannot be read (no statx).</param>
/// <param name="GroupId">Numeric group (gid), or null where it cannot be read.</param>
/// <param name="Inode">Inode number, or 0 where it cannot be read; a changed inode means the file was replaced.</param>
public sealed record FileIdentity(UnixFileMode Mode, uint? OwnerId, uint? GroupId, ulong Inode)
{
    private const uint PermissionMask = 0xFFF;

    /// <summary>The identity of the file at <paramref name="path"/> (symlinks followed), or null when there is none.</summary>
    /// <exception cref="IOException">The file exists but cannot be inspected.</exception>
    public static FileIdentity? Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return Libc.Stat(path) is { } stat
                ? new FileIdentity((UnixFileMode)(stat.Mode & PermissionMask), stat.OwnerId, stat.GroupId, stat.Inode)
                : null;
        }
        catch (EntryPointNotFoundException)
        {
            // C libraries without statx (old glibc, musl before 1.2.5): the mode is still available, the owner is not.
            return File.Exists(path) ? new FileIdentity(File.GetUnixFileMode(path), null, null, 0) : null;
        }
    }
}

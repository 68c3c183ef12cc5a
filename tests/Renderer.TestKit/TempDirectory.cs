namespace Renderer.TestKit;

/// <summary>A unique, empty directory under the system temp folder, deleted (with its content) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    private TempDirectory(string path) => Path = path;

    /// <summary>Full path of the directory.</summary>
    public string Path { get; }

    /// <summary>Creates a new unique directory, e.g. <c>/tmp/renderer-tests/output-3f2a…</c>.</summary>
    public static TempDirectory Create(string? purpose = null)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "renderer-tests");
        Directory.CreateDirectory(root);
        var name = $"{purpose ?? "tmp"}-{Guid.NewGuid():N}";
        return new TempDirectory(Directory.CreateDirectory(System.IO.Path.Combine(root, name)).FullName);
    }

    /// <summary>Combines the directory with relative path segments.</summary>
    public string Combine(params string[] relative) =>
        System.IO.Path.Combine([Path, .. relative]);

    /// <summary>Writes a text file (UTF-8, no BOM) at a relative path, creating parent folders.</summary>
    public string WriteFile(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Names of all entries (files and folders) directly in <paramref name="relative"/>, sorted.</summary>
    public IReadOnlyList<string> ListNames(string relative = "") =>
        Directory.EnumerateFileSystemEntries(Combine(relative))
            .Select(p => System.IO.Path.GetFileName(p))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        // Tests make folders read-only to inject failures; give permissions back so the delete works as non-root.
        if (!OperatingSystem.IsWindows())
        {
            RestoreOwnerAccess(Path);
        }

        Directory.Delete(Path, recursive: true);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestoreOwnerAccess(string directory)
    {
        // Top-down: a folder must be readable before its children can be listed.
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (new DirectoryInfo(child).LinkTarget is null)
            {
                RestoreOwnerAccess(child);
            }
        }
    }
}

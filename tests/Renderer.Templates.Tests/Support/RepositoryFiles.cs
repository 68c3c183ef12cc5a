using System.Runtime.CompilerServices;

namespace Renderer.Templates.Tests.Support;

/// <summary>Finds files of the repository (templates, samples, snapshots) wherever the build output lives.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string TemplatesDirectory => PathOf("templates");

    public static string SamplesDirectory => PathOf("samples");

    /// <summary>Where this project's <c>*.verified.*</c> files live.</summary>
    public static string SnapshotsDirectory => PathOf("tests/Renderer.Templates.Tests/Snapshots");

    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>A path relative to the root with forward slashes, as it is written in command lines and docs.</summary>
    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    // The build output may be anywhere (--artifacts-path), so start from this source file, and fall back to
    // the working directory for builds that map source paths.
    private static string FindRoot([CallerFilePath] string sourcePath = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourcePath), Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = start; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, "Renderer.sln")))
                {
                    return directory;
                }
            }
        }

        throw new InvalidOperationException($"Cannot find the repository root (Renderer.sln) above '{sourcePath}'.");
    }
}

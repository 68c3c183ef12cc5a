using System.Runtime.CompilerServices;

namespace Renderer.Core.Tests.Snapshots;

/// <summary>Finds files of the repository (docs, samples) from the tests, wherever the build output lives.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Every <c>samples/*/catalog*.json</c>, relative to the root, sorted.</summary>
    public static IEnumerable<string> SampleCatalogs() =>
        Directory.EnumerateFiles(PathOf("samples"), "catalog*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

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

using System.Runtime.InteropServices;

namespace Renderer.TestKit;

/// <summary>
/// Locates tests/Renderer.TestDummy (a ProjectReference of the test project, so its .dll sits next to the tests)
/// and the dotnet host that runs it. Steps: <c>exit N</c>, <c>sleep MS</c>, <c>echo TEXT</c>, <c>stderr TEXT</c>,
/// <c>env NAME</c>, <c>pwd</c>, <c>pid</c>, <c>ignore-sigterm</c>, <c>write-file PATH TEXT</c>, <c>flood BYTES</c>.
/// On SIGTERM it prints <c>received SIGTERM</c> and exits with 143 unless <c>ignore-sigterm</c> ran.
/// </summary>
public static class TestDummy
{
    private static readonly Lazy<string> Host = new(LocateHost);

    /// <summary>Full path of Renderer.TestDummy.dll.</summary>
    public static string AssemblyPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Renderer.TestDummy.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException(
                    $"'{path}' is missing: add a ProjectReference to tests/Renderer.TestDummy/Renderer.TestDummy.csproj to the test project.",
                    path);
        }
    }

    /// <summary>Full path of the dotnet host that runs the dummy.</summary>
    public static string HostPath => Host.Value;

    /// <summary>The arguments for <see cref="HostPath"/>: the dummy's path followed by <paramref name="steps"/>.</summary>
    public static IReadOnlyList<string> Arguments(params string[] steps) => [AssemblyPath, .. steps];

    /// <summary>The dummy with <paramref name="steps"/> as one line for <c>sh -c</c>, every word quoted.</summary>
    public static string ShellCommandLine(params string[] steps) =>
        string.Join(' ', new[] { HostPath }.Concat(Arguments(steps)).Select(Quote));

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string LocateHost()
    {
        // Under `dotnet test` the test host may be an apphost (testhost), not dotnet itself.
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException($"Could not find the dotnet host (looked for '{candidate}').", candidate);
    }
}

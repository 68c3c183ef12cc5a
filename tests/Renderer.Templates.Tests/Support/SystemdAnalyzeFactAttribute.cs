namespace Renderer.Templates.Tests.Support;

/// <summary>A fact that runs <c>systemd-analyze</c>; skipped with a reason where it is not installed.</summary>
public sealed class SystemdAnalyzeFactAttribute : FactAttribute
{
    /// <summary>Full path of systemd-analyze (PATH, then /usr/bin and /bin), or null.</summary>
    public static string? BinaryPath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Append("/usr/bin")
        .Append("/bin")
        .Select(directory => Path.Combine(directory, "systemd-analyze"))
        .FirstOrDefault(File.Exists);

    public SystemdAnalyzeFactAttribute()
    {
        if (BinaryPath is null)
        {
            Skip = "systemd-analyze is not installed (looked on PATH, /usr/bin and /bin); install systemd to run this test.";
        }
    }
}

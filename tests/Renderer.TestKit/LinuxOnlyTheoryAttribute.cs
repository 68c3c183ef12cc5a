namespace Renderer.TestKit;

/// <summary>A theory that depends on Linux behaviour (signals, file modes, /proc); skipped elsewhere with a reason.</summary>
public sealed class LinuxOnlyTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason when not running on Linux.</summary>
    public LinuxOnlyTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: this test relies on POSIX signals, file modes or /proc.";
        }
    }
}

namespace Renderer.TestKit;

/// <summary>A fact that depends on Linux behaviour (signals, file modes, /proc); skipped elsewhere with a reason.</summary>
public sealed class LinuxOnlyFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when not running on Linux.</summary>
    public LinuxOnlyFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: this test relies on POSIX signals, file modes or /proc.";
        }
    }
}

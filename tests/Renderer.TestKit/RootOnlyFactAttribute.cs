namespace Renderer.TestKit;

/// <summary>A fact that needs root on Linux (e.g. to chown a file to another user); skipped otherwise with a reason.</summary>
public sealed class RootOnlyFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when not running as root on Linux.</summary>
    public RootOnlyFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: this test changes file owners.";
        }
        else if (!Environment.IsPrivilegedProcess)
        {
            Skip = "Needs root: only root may give a file to another user.";
        }
    }
}

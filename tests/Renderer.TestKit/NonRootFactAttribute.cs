namespace Renderer.TestKit;

/// <summary>A fact about file permissions on Linux; skipped as root (root ignores them) and off Linux, with a reason.</summary>
public sealed class NonRootFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when running as root or not on Linux.</summary>
    public NonRootFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: this test relies on POSIX file permissions.";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "Runs as root, which ignores file permissions; run the tests as a normal user to cover this case.";
        }
    }
}

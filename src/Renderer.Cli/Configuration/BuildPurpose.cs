namespace Renderer.Cli.Configuration;

/// <summary>Which command the options are built for; decides which checks of the machine's state apply.</summary>
public enum BuildPurpose
{
    /// <summary><c>renderer render</c>: every check.</summary>
    Render,

    /// <summary>
    /// <c>renderer check</c>: everything the templates need (at least one template, sources readable) and every
    /// value's syntax; not the machine-specific paths (destination directories, token and TLS files), so a
    /// production config can be checked in CI.
    /// </summary>
    Check,

    /// <summary><c>renderer snapshot</c>: templates are optional; destination directories are not checked.</summary>
    Snapshot,
}

namespace Renderer.TestKit;

/// <summary>A theory that runs real nginx; skipped with a reason when nginx (or, if required, its stream module) is missing.</summary>
public sealed class NginxTheoryAttribute : TheoryAttribute
{
    /// <summary>Also skip when nginx cannot load <c>stream {}</c>. <value>Default: false.</value></summary>
    public bool RequiresStreamModule { get; set; }

    /// <inheritdoc />
    public override string? Skip
    {
        // Computed on read, because xunit sets named properties after the constructor has run.
        get => base.Skip ?? Nginx.SkipReason(RequiresStreamModule);
        set => base.Skip = value;
    }
}

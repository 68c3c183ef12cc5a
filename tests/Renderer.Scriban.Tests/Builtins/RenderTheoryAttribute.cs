namespace Renderer.Scriban.Tests.Builtins;

/// <summary>A theory that renders templates; skipped, with the reason, while the engine cannot render.</summary>
public sealed class RenderTheoryAttribute : TheoryAttribute
{
    public RenderTheoryAttribute()
    {
        if (!EngineProbe.CanRender)
        {
            Skip = EngineProbe.NotReady;
        }
    }
}

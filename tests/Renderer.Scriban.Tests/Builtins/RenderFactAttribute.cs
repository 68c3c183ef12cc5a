namespace Renderer.Scriban.Tests.Builtins;

/// <summary>A fact that renders templates; skipped, with the reason, while the engine cannot render.</summary>
public sealed class RenderFactAttribute : FactAttribute
{
    public RenderFactAttribute()
    {
        if (!EngineProbe.CanRender)
        {
            Skip = EngineProbe.NotReady;
        }
    }
}

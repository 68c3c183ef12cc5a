namespace Renderer.Scriban.Runtime;

/// <summary>The loop layers a running loop pushed, removed together when it ends.</summary>
internal readonly record struct LoopLayers(List<LoopVariables> Global, List<LoopVariables>? Local)
{
    public void Close()
    {
        Global.RemoveAt(Global.Count - 1);
        Local?.RemoveAt(Local.Count - 1);
    }
}

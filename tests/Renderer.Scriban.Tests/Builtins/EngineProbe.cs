using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Whether the engine can parse and render templates yet (it is built in parallel with the builtins).</summary>
internal static class EngineProbe
{
    public const string NotReady = "The engine cannot render templates yet; the builtins are covered by the direct-call tests meanwhile.";

    private static readonly Lazy<bool> Ready = new(Probe);

    public static bool CanRender => Ready.Value;

    private static bool Probe()
    {
        try
        {
            return Template.Parse("{{ 1 + 1 }}|{{ 'a' | string.upcase }}").Render(new TemplateContext()) == "2|A";
        }
        catch (Exception)
        {
            return false;
        }
    }
}

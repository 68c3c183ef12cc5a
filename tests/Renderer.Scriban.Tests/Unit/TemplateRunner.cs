using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Unit;

/// <summary>Parse + render in one call for the engine's unit tests.</summary>
internal static class TemplateRunner
{
    public static string Render(string text, ScriptObject? model = null, Action<TemplateContext>? configure = null)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        var context = new TemplateContext();
        configure?.Invoke(context);
        context.PushGlobal(model ?? new ScriptObject());
        return template.Render(context);
    }

    public static string RenderJson(string text, string modelJson) => Render(text, JsonModel.ToScriptObject(modelJson));

    /// <summary>The runtime error line (<c>name(l,c) : error : message</c>).</summary>
    public static string RenderError(string text, ScriptObject? model = null, Action<TemplateContext>? configure = null)
        => Assert.Throws<ScriptRuntimeException>(() => Render(text, model, configure)).Message;

    /// <summary>All parse diagnostics, one per line.</summary>
    public static string ParseErrors(string text)
    {
        var template = Template.Parse(text);
        Assert.True(template.HasErrors, "Expected parse errors.");
        return string.Join("\n", template.Diagnostics);
    }
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Renders a template the way the conformance harness does: fresh context, "\n" newlines, defaults otherwise.</summary>
internal static class TemplateRendering
{
    public static string Render(string text, ScriptObject? model = null)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        var context = new TemplateContext { NewLine = "\n" };
        context.PushGlobal(model ?? new ScriptObject());
        return template.Render(context);
    }

    /// <summary>The message of the runtime error the template raises (<c>name(l,c) : error : …</c>).</summary>
    public static string RenderError(string text)
        => Assert.ThrowsAny<ScriptRuntimeException>(() => Render(text)).Message;

    /// <summary>The model of Scriban's documentation examples: one product.</summary>
    public static ScriptObject ProductModel()
    {
        var model = new ScriptObject();
        model["product"] = BuiltinCalls.Object(("title", "Orange"), ("type", "fruit"));
        return model;
    }
}

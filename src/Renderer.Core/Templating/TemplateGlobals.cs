using Renderer.Scriban.Runtime;

namespace Renderer.Core.Templating;

/// <summary>Builds the global object one render sees: the Consul-backed functions, <c>env</c>, <c>vars</c> and <c>nginx</c>.</summary>
public static class TemplateGlobals
{
    public static ScriptObject Create(RenderDependencies dependencies, RenderEnvironment environment)
    {
        var globals = new ScriptObject();
        TemplateFunctions.Register(globals, dependencies);
        globals.SetFunction("env", new DelegateScriptFunction("env", 1, 1, call =>
            environment.GetEnvironmentVariable(call.GetString(0)) ?? string.Empty));
        globals["vars"] = CatalogScriptValues.Map(environment.Variables.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        globals["nginx"] = NginxFunctions.Create();
        return globals;
    }
}

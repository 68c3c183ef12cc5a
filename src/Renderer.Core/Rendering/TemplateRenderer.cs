using Renderer.Core.Dependencies.Data;
using Renderer.Core.Templating;
using Renderer.Scriban.Runtime;

namespace Renderer.Core.Rendering;

/// <summary>Template + data → text and the dependencies read. Pure: same data, same bytes.</summary>
public sealed class TemplateRenderer
{
    private readonly RenderEnvironment _environment;
    private readonly int _loopLimit;

    /// <param name="loopLimit">Scriban's cumulative loop limit; 0 = unlimited.</param>
    public TemplateRenderer(RenderEnvironment environment, int loopLimit)
    {
        _environment = environment;
        _loopLimit = loopLimit;
    }

    public RenderResult Render(CompiledTemplate template, IDependencyDataSource data, CancellationToken cancellationToken)
    {
        var dependencies = new RenderDependencies(data);
        var context = new TemplateContext
        {
            LoopLimit = _loopLimit,
            LimitToString = 0,
            TemplateLoader = template.Loader,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(TemplateGlobals.Create(dependencies, _environment));

        string text;
        try
        {
            text = template.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(template.Path, e.Message, e) { Used = dependencies.Used.ToImmutableArray() };
        }

        return new RenderResult(text, dependencies.Used.ToImmutableArray(), dependencies.Missing.ToImmutableArray());
    }
}

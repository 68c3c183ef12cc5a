using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Templating;
using Renderer.Scriban.Runtime;

namespace Renderer.Benchmarks.Rendering;

/// <summary>
/// The values the nginx templates read, built once: <c>services</c> and <c>service NAME</c> answer from
/// ready-made arrays, so a render over this model measures the engine alone (no catalog queries, no
/// value building). The Go comparison gets the same: its functions return ready-made slices.
/// </summary>
public sealed class EngineModel
{
    private readonly ScriptArray _services;
    private readonly Dictionary<string, ScriptArray> _instances;
    private readonly DelegateScriptFunction _servicesFunction;
    private readonly DelegateScriptFunction _serviceFunction;
    private readonly ScriptObject _nginx = NginxFunctions.Create();
    private readonly ScriptObject _vars = new();

    public EngineModel(CatalogSnapshot snapshot)
    {
        var queries = new CatalogQueries(snapshot);
        ImmutableArray<ServiceSummary> services = queries.Services();
        _services = CatalogScriptValues.Services(services);
        _instances = services.ToDictionary(
            service => service.Name, service => CatalogScriptValues.Instances(queries.Service(service.Name)), StringComparer.Ordinal);
        _servicesFunction = new DelegateScriptFunction("services", 0, 0, _ => _services);
        _serviceFunction = new DelegateScriptFunction("service", 1, 1, call =>
            _instances.TryGetValue(call.GetString(0), out var instances) ? instances : new ScriptArray());
    }

    /// <summary>
    /// A fresh global object over the shared values: templates assign variables at the top level, and those land
    /// in the global object, so each render gets its own (as each product render does).
    /// </summary>
    public ScriptObject CreateGlobals()
    {
        var globals = new ScriptObject(4);
        globals.SetFunction("services", _servicesFunction);
        globals.SetFunction("service", _serviceFunction);
        globals["nginx"] = _nginx;
        globals["vars"] = _vars;
        return globals;
    }
}

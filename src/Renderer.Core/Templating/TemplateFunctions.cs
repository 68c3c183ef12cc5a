using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Scriban.Runtime;

namespace Renderer.Core.Templating;

/// <summary>
/// The Consul-backed functions of template-api.md (<c>services</c>, <c>service</c>, <c>key</c>, …), bound to
/// one render. Every call records its dependency, so what a template reads is what gets watched.
/// </summary>
public static class TemplateFunctions
{
    public static void Register(ScriptObject globals, RenderDependencies dependencies)
    {
        Add(globals, "services", 0, 1, call =>
        {
            var key = DependencyKey.ParseServices(call.GetStringOrNull(0));
            return dependencies.Get(key) is ServicesData data ? CatalogScriptValues.Services(data.Services) : new ScriptArray();
        });

        Add(globals, "service", 1, 2, call =>
        {
            var key = DependencyKey.ParseService(call.GetString(0), call.GetStringOrNull(1));
            return dependencies.Get(key) is ServiceData data ? CatalogScriptValues.Instances(data.Instances) : new ScriptArray();
        });

        Add(globals, "key", 1, 1, call =>
        {
            var key = DependencyKey.ParseKey(call.GetString(0));
            if (dependencies.Get(key) is KeyData { Value: { } value })
            {
                return value;
            }

            // consul-template's rule: a render waits for a key that does not exist yet.
            dependencies.MarkMissing(key);
            return string.Empty;
        });

        Add(globals, "key_or_default", 2, 2, call =>
        {
            var key = DependencyKey.ParseKey(call.GetString(0));
            return dependencies.Get(key) is KeyData { Value: { } value } ? value : call.GetString(1);
        });

        Add(globals, "ls", 1, 1, call =>
            CatalogScriptValues.KvEntries(KeyPrefix(call, dependencies).Where(entry => !entry.Key.Contains('/', StringComparison.Ordinal))));

        Add(globals, "tree", 1, 1, call =>
            CatalogScriptValues.KvEntries(KeyPrefix(call, dependencies)));

        Add(globals, "nodes", 0, 1, call =>
        {
            var key = DependencyKey.ParseNodes(call.GetStringOrNull(0));
            return dependencies.Get(key) is NodesData data ? CatalogScriptValues.Nodes(data.Nodes) : new ScriptArray();
        });

        Add(globals, "datacenters", 0, 0, _ =>
            dependencies.Get(DependencyKey.ForDatacenters()) is DatacentersData data ? CatalogScriptValues.Strings(data.Names) : new ScriptArray());
    }

    private static ImmutableArray<KvEntry> KeyPrefix(FunctionCall call, RenderDependencies dependencies)
    {
        var key = DependencyKey.ParseKeyPrefix(call.GetString(0));
        return dependencies.Get(key) is KeyPrefixData data ? data.Entries : [];
    }

    /// <summary>Registers a function whose catalog errors (bad arguments, unknown datacenter) become positioned template errors.</summary>
    private static void Add(ScriptObject globals, string name, int minArgs, int maxArgs, Func<FunctionCall, object?> body)
        => globals.SetFunction(name, new DelegateScriptFunction(name, minArgs, maxArgs, call =>
        {
            try
            {
                return body(call);
            }
            catch (CatalogException e)
            {
                throw call.Error(e.Message);
            }
        }));
}

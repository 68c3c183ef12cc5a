using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Scriban.Runtime;

namespace Renderer.Core.Templating;

/// <summary>
/// Turns catalog records into the values templates see, with the member names of template-api.md.
/// Built explicitly, member by member: no reflection, so the product stays trimming-safe.
/// </summary>
public static class CatalogScriptValues
{
    public static ScriptArray Services(ImmutableArray<ServiceSummary> services)
    {
        var array = new ScriptArray(services.Length);
        foreach (var service in services)
        {
            array.Add(new ScriptObject(2)
            {
                ["name"] = service.Name,
                ["tags"] = Strings(service.Tags),
            });
        }
        return array;
    }

    public static ScriptArray Instances(ImmutableArray<ServiceInstance> instances)
    {
        var array = new ScriptArray(instances.Length);
        foreach (var instance in instances)
        {
            array.Add(Instance(instance));
        }
        return array;
    }

    public static ScriptObject Instance(ServiceInstance instance) => new(13)
    {
        ["id"] = instance.Id,
        ["name"] = instance.Name,
        ["node"] = instance.Node,
        ["address"] = instance.Address,
        ["port"] = instance.Port,
        ["tags"] = Strings(instance.Tags),
        ["meta"] = Map(instance.Meta),
        ["node_address"] = instance.NodeAddress,
        ["node_meta"] = Map(instance.NodeMeta),
        ["datacenter"] = instance.Datacenter,
        ["status"] = instance.Status.ToText(),
        ["checks"] = Checks(instance.Checks),
        ["weights"] = new ScriptObject(2)
        {
            ["passing"] = instance.Weights.Passing,
            ["warning"] = instance.Weights.Warning,
        },
    };

    public static ScriptArray KvEntries(IEnumerable<KvEntry> entries)
    {
        var array = new ScriptArray();
        foreach (var entry in entries)
        {
            array.Add(new ScriptObject(2) { ["key"] = entry.Key, ["value"] = entry.Value });
        }
        return array;
    }

    public static ScriptArray Nodes(ImmutableArray<NodeSummary> nodes)
    {
        var array = new ScriptArray(nodes.Length);
        foreach (var node in nodes)
        {
            array.Add(new ScriptObject(5)
            {
                ["node"] = node.Node,
                ["address"] = node.Address,
                ["datacenter"] = node.Datacenter,
                ["meta"] = Map(node.Meta),
                ["tagged_addresses"] = Map(node.TaggedAddresses),
            });
        }
        return array;
    }

    public static ScriptArray Strings(IEnumerable<string> values)
    {
        var array = new ScriptArray();
        foreach (var value in values)
        {
            array.Add(value);
        }
        return array;
    }

    public static ScriptObject Map(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = new ScriptObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }
        return map;
    }

    private static ScriptArray Checks(ImmutableArray<InstanceCheck> checks)
    {
        var array = new ScriptArray(checks.Length);
        foreach (var check in checks)
        {
            array.Add(new ScriptObject(5)
            {
                ["id"] = check.Id,
                ["name"] = check.Name,
                ["status"] = check.EffectiveStatus.ToText(),
                ["output"] = check.Output,
                ["service_id"] = check.ServiceId,
            });
        }
        return array;
    }
}

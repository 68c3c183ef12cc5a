using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Dependencies.Data;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// Rewrites mapped service data so that repeated values are shared: strings through the <see cref="StringPool"/>,
/// and node checks (identical for every instance on a node) as one object per node and state. The data is equal
/// to what it was; only its memory changes (issue 5: RSS at 5,000 × 5).
/// </summary>
internal sealed class CompactInstances(StringPool pool)
{
    private readonly Dictionary<InstanceCheck, InstanceCheck> _nodeChecks = [];

    public ServiceData Compact(ServiceData data)
    {
        var instances = ImmutableArray.CreateBuilder<ServiceInstance>(data.Instances.Length);
        foreach (var instance in data.Instances)
        {
            instances.Add(instance with
            {
                Name = pool.Intern(instance.Name),
                Node = pool.Intern(instance.Node),
                Address = pool.Intern(instance.Address),
                NodeAddress = pool.Intern(instance.NodeAddress),
                Datacenter = pool.Intern(instance.Datacenter),
                Tags = Intern(instance.Tags),
                Checks = [.. instance.Checks.Select(Share)],
            });
        }

        return new ServiceData(instances.MoveToImmutable());
    }

    private ImmutableArray<string> Intern(ImmutableArray<string> tags)
    {
        var builder = ImmutableArray.CreateBuilder<string>(tags.Length);
        foreach (var tag in tags)
        {
            builder.Add(pool.Intern(tag));
        }

        return builder.MoveToImmutable();
    }

    private InstanceCheck Share(InstanceCheck check)
    {
        if (check.ServiceId.Length > 0)
        {
            return check with { Name = pool.Intern(check.Name), ServiceId = check.ServiceId };
        }

        if (_nodeChecks.TryGetValue(check, out var shared))
        {
            return shared;
        }

        if (_nodeChecks.Count >= StringPool.Limit)
        {
            _nodeChecks.Clear();
        }

        shared = check with { Id = pool.Intern(check.Id), Name = pool.Intern(check.Name) };
        _nodeChecks.Add(shared, shared);
        return shared;
    }
}

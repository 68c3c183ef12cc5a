using Renderer.Core.Catalog;
using Renderer.Core.Snapshots.Json;
using static Renderer.Core.Snapshots.CatalogFileNames;

namespace Renderer.Core.Snapshots;

/// <summary>Node and service checks.</summary>
internal sealed partial class CatalogFileBinder
{
    /// <summary>Binds the <c>checks</c> of a node (<paramref name="service"/> null) or of a service.</summary>
    private List<Bound<InstanceCheck>> BindChecks(ObjectReader owner, CatalogService? service)
    {
        var items = owner.Items(Checks).ToList();
        var checks = new List<Bound<InstanceCheck>>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var (item, path) = items[index];
            var reader = ObjectReader.Open(item, path, problems, CheckProperties);
            var (id, name) = CheckIdentity(reader, service, index, items.Count);
            var check = new InstanceCheck
            {
                Id = id,
                Name = name,
                Status = CheckStatus(reader),
                Output = reader.String(CatalogFileNames.Output) ?? "",
                ServiceId = service?.Id ?? "",
            };
            checks.Add(new Bound<InstanceCheck>(check, reader.OffsetOf(Id), reader.Get(Id) is null ? path : reader.PathOf(Id)));
        }

        return checks;
    }

    /// <summary>
    /// ID and name default to each other. A service check with neither gets the ID the Consul agent would give
    /// it (<c>service:&lt;id&gt;</c>, or <c>service:&lt;id&gt;:&lt;n&gt;</c> when the service has several checks) and the
    /// agent's name; a node check with neither is refused, since there is no convention to follow.
    /// </summary>
    private (string Id, string Name) CheckIdentity(ObjectReader reader, CatalogService? service, int index, int count)
    {
        var id = NonEmpty(reader, Id);
        var name = NonEmpty(reader, Name);
        if (id is null && name is null)
        {
            if (service is null)
            {
                problems.Add(reader.Node.Offset, reader.Path, $"a node check needs an \"{Id}\" or a \"{Name}\"");
                return ("", "");
            }

            id = count == 1 ? $"service:{service.Id}" : $"service:{service.Id}:{index + 1}";
            name = $"Service '{service.Name}' check";
        }

        return (id ?? name!, name ?? id!);
    }

    private string? NonEmpty(ObjectReader reader, string property)
    {
        var value = reader.String(property);
        if (value is { Length: 0 })
        {
            problems.Add(reader.OffsetOf(property), reader.PathOf(property), $"\"{property}\" must not be empty");
        }

        return value;
    }

    private HealthStatus CheckStatus(ObjectReader reader)
    {
        var text = reader.String(Status);
        if (text is null)
        {
            return HealthStatus.Passing;
        }

        if (HealthStatusText.TryParse(text, out var status) && text == status.ToText())
        {
            return status;
        }

        var hint = text.Equals("maintenance", StringComparison.OrdinalIgnoreCase)
            ? "; maintenance is a critical check with the ID \"_node_maintenance\" or \"_service_maintenance:<service id>\""
            : "";
        problems.Add(reader.OffsetOf(Status), reader.PathOf(Status),
            $"status {ValueDisplay.Quote(text)} is not a check status; expected \"passing\", \"warning\" or \"critical\"{hint}");
        return HealthStatus.Passing;
    }

    /// <summary>Check IDs are unique per node in Consul, across node checks and every service's checks.</summary>
    private void RefuseDuplicateCheckIds(List<Bound<InstanceCheck>> checks, string node)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var check in checks.Where(check => check.Value.Id.Length > 0))
        {
            if (!seen.TryAdd(check.Value.Id, check.Offset))
            {
                problems.Add(check.Offset, check.Path,
                    $"check ID {ValueDisplay.Quote(check.Value.Id)} is used twice on node {ValueDisplay.Quote(node)} " +
                    $"(first at {problems.PlaceOf(seen[check.Value.Id])}); check IDs are unique per node");
            }
        }
    }
}

using Renderer.Core.Watching.Feeds;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Tests.Watching.Scale;

public sealed class CheckTableTests
{
    [Fact]
    public void The_diff_of_two_answers_names_checks_that_appeared_changed_or_disappeared_with_their_service_or_node()
    {
        var table = new CheckTable(new StringPool());
        table.Apply([Check("n1", "serfHealth", "", 5), Check("n1", "service:web-1", "web", 6), Check("n2", "service:api-1", "api", 7)]);

        var changes = table.Apply([Check("n1", "serfHealth", "", 5), Check("n1", "service:web-1", "web", 9, "critical"), Check("n3", "service:db-1", "db", 10)]);

        Assert.Equal(
            [new CheckChange("n1", "web", 9), new CheckChange("n3", "db", 10), new CheckChange("n2", "api", 0)],
            changes);
        Assert.True(changes[2].IsRemoval);
    }

    [Fact]
    public void A_node_check_change_is_a_change_of_its_node()
    {
        var table = new CheckTable(new StringPool());
        table.Apply([Check("n1", "serfHealth", "", 5)]);

        var change = Assert.Single(table.Apply([Check("n1", "serfHealth", "", 8, "critical")]));

        Assert.True(change.IsNodeCheck);
        Assert.Equal("n1", change.Node);
    }

    private static ConsulModels.HealthCheck Check(string node, string id, string service, ulong modifyIndex, string status = "passing") => new()
    {
        Node = node,
        CheckId = id,
        ServiceName = service,
        ServiceId = service.Length == 0 ? "" : service + "-1",
        Status = status,
        ModifyIndex = modifyIndex,
    };
}

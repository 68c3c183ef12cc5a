using Renderer.Core.Catalog;
using Renderer.Core.Dependencies;
using Renderer.Core.Dependencies.Data;
using Renderer.Core.Tests.Templating;
using Renderer.Core.Watching;
using static Renderer.Core.Tests.Watching.ConsulEntries;
using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Tests.Watching;

/// <summary>A render over Consul's answers (through <see cref="ConsulDataMapper"/>) gives the bytes of a render over the same catalog file.</summary>
public sealed class LiveAndCatalogRenderTests
{
    private const string Template = """
        {{~ for svc in services ~}}
        {{ svc.name }} {{ svc.tags }}
        {{~ for inst in (service svc.name "any") ~}}
          {{ inst }}
        {{~ end ~}}
        {{~ end ~}}
        {{ tree "app" }}
        {{ nodes }}

        """;

    private static readonly ConsulModels.Node N1 = Node("n1", "10.0.0.1") with { Meta = new Dictionary<string, string> { ["rack"] = "r1" } };
    private static readonly ConsulModels.Node N2 = Node("n2", "10.0.0.2");

    // Consul answers in whatever order it likes.
    private static readonly ConsulModels.ServiceEntry[] WebEntries =
    [
        Entry(N2, "web-2", "web", 8080, ServiceCheck("web-2", "web-2-http", "warning", "slow")) with
        {
            Service = new ConsulModels.AgentService { Id = "web-2", Name = "web", Port = 8080, Tags = ["http"] },
        },
        Entry(N1, "web-1", "web", 8080, NodeCheck("serfHealth"), ServiceCheck("web-1", "web-1-http", output: "200 OK")) with
        {
            Service = new ConsulModels.AgentService
            {
                Id = "web-1", Name = "web", Port = 8080, Tags = ["v1", "http"], Meta = new Dictionary<string, string> { ["version"] = "1" },
            },
        },
    ];

    private static readonly CatalogSnapshot Catalog = new()
    {
        LocalDatacenter = new DatacenterCatalog
        {
            Name = "dc1",
            Nodes =
            [
                new CatalogNode
                {
                    Name = "n1",
                    Address = "10.0.0.1",
                    Meta = StringMap.Create([new("rack", "r1")]),
                    Checks = [new InstanceCheck { Id = "serfHealth", Name = "serfHealth" }],
                    Services =
                    [
                        new CatalogService
                        {
                            Id = "web-1", Name = "web", Port = 8080, Tags = ["v1", "http"], Meta = StringMap.Create([new("version", "1")]),
                            Checks = [new InstanceCheck { Id = "web-1-http", Name = "web-1-http", Output = "200 OK" }],
                        },
                    ],
                },
                new CatalogNode
                {
                    Name = "n2",
                    Address = "10.0.0.2",
                    Services =
                    [
                        new CatalogService
                        {
                            Id = "web-2", Name = "web", Port = 8080, Tags = ["http"],
                            Checks = [new InstanceCheck { Id = "web-2-http", Name = "web-2-http", Status = HealthStatus.Warning, Output = "slow" }],
                        },
                    ],
                },
            ],
            Kv = StringMap.Create([new("app/name", "shop"), new("app/limits/rate", "10")]),
        },
    };

    [Fact]
    public void A_live_render_and_a_catalog_render_of_the_same_data_give_the_same_bytes()
    {
        var live = TemplateHarness.Render(Template, new ConsulAnswers());
        var offline = TemplateHarness.Render(Template, Catalog);

        Assert.True(live.IsComplete);
        Assert.Equal(offline.Text, live.Text);
    }

    /// <summary>What the watcher's views would hold after Consul's first answers.</summary>
    private sealed class ConsulAnswers : IDependencyDataSource
    {
        public DependencyData? Get(DependencyKey key) => key.Kind switch
        {
            DependencyKind.Services => ConsulDataMapper.Services(new Dictionary<string, IReadOnlyList<string>> { ["web"] = ["v1", "http"] }),
            DependencyKind.Service => ConsulDataMapper.Service(key, WebEntries, "dc1"),
            DependencyKind.KeyPrefix => ConsulDataMapper.KeyPrefix(key.Name, [Pair("app/name", "shop"), Pair("app/", null), Pair("app/limits/rate", "10")]),
            DependencyKind.Nodes => ConsulDataMapper.Nodes([N2, N1], "dc1"),
            _ => null,
        };
    }
}

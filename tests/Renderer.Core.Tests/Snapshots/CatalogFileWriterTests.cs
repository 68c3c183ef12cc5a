using System.Collections.Immutable;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots;

namespace Renderer.Core.Tests.Snapshots;

public sealed class CatalogFileWriterTests
{
    private static readonly CatalogSnapshot Rich = new()
    {
        LocalDatacenter = new DatacenterCatalog
        {
            Name = "dc1",
            Kv = StringMap.Create([new("nginx/domain", "tonybai.com"), new("a/", ""), new("Ü", "ä")]),
            Nodes =
            [
                new CatalogNode
                {
                    Name = "consul-2",
                    Address = "192.168.0.130",
                    Meta = StringMap.Create([new("z", "1"), new("a", "2")]),
                    TaggedAddresses = StringMap.Create([new("wan", "192.168.0.130"), new("lan", "192.168.0.130")]),
                    Checks = [new InstanceCheck { Id = "serfHealth", Name = "Serf Health Status", Output = "alive" }],
                    Services =
                    [
                        new CatalogService { Id = "web-2", Name = "web", Tags = ["v2", "http"], Port = 8081, Weights = new(10, 2) },
                        new CatalogService
                        {
                            Id = "api-1", Name = "api", Address = "172.17.0.2", Port = 9000,
                            Meta = StringMap.Create([new("version", "1.2")]),
                            Checks =
                            [
                                new InstanceCheck { Id = "service:api-1:2", Name = "tcp", Status = HealthStatus.Warning },
                                new InstanceCheck { Id = "service:api-1:1", Name = "http", Status = HealthStatus.Critical, Output = "refused\n\"x\"" },
                            ],
                        },
                    ],
                },
                new CatalogNode { Name = "consul-1", Address = "192.168.0.129", Services = [new CatalogService { Id = "web-1", Name = "web", Port = 8080 }] },
            ],
        },
        RemoteDatacenters =
        [
            new DatacenterCatalog { Name = "dc3" },
            new DatacenterCatalog { Name = "dc2", Nodes = [new CatalogNode { Name = "far", Address = "10.9.0.1" }] },
        ],
    };

    [Fact]
    public void A_small_catalog_is_written_in_the_canonical_form()
    {
        var snapshot = new CatalogSnapshot
        {
            LocalDatacenter = new DatacenterCatalog
            {
                Name = "dc1",
                Kv = StringMap.Create([new("k", "v")]),
                Nodes =
                [
                    new CatalogNode
                    {
                        Name = "n1", Address = "10.0.0.1",
                        Services = [new CatalogService { Id = "web", Name = "web", Tags = ["http"], Port = 80, Checks = [new InstanceCheck { Id = "c", Name = "c" }] }],
                    },
                ],
            },
        };

        Assert.Equal(
            """
            {
              "datacenter": "dc1",
              "nodes": [
                {
                  "node": "n1",
                  "address": "10.0.0.1",
                  "services": [
                    {
                      "id": "web",
                      "name": "web",
                      "tags": [
                        "http"
                      ],
                      "port": 80,
                      "checks": [
                        {
                          "id": "c",
                          "name": "c",
                          "status": "passing"
                        }
                      ]
                    }
                  ]
                }
              ],
              "kv": {
                "k": "v"
              }
            }

            """,
            CatalogFileWriter.Write(snapshot));
    }

    [Fact]
    public void Writing_then_reading_gives_back_the_same_catalog()
    {
        var text = CatalogFileWriter.Write(Rich);

        var reread = CatalogFileReader.Parse(text, "written.json");

        Assert.Equal(text, CatalogFileWriter.Write(reread));
        Assert.Equal(Picture(Rich), Picture(reread));
    }

    [Fact]
    public void Shuffled_input_gives_identical_bytes()
    {
        var expected = CatalogFileWriter.WriteUtf8(Rich);
        var local = Rich.LocalDatacenter;
        var shuffled = Rich with
        {
            LocalDatacenter = local with { Nodes = [.. local.Nodes.Reverse().Select(node => node with { Services = [.. node.Services.Reverse()] })] },
            RemoteDatacenters = [.. Rich.RemoteDatacenters.Reverse()],
        };

        Assert.Equal(expected, CatalogFileWriter.WriteUtf8(shuffled));
    }

    [Fact]
    public void Maps_are_written_in_ordinal_key_order_even_with_another_comparer()
    {
        var meta = ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase).Add("b", "1").Add("B2", "2").Add("a", "3");
        var snapshot = CatalogSnapshot.Empty() with
        {
            LocalDatacenter = new DatacenterCatalog { Name = "dc1", Nodes = [new CatalogNode { Name = "n", Address = "1", Meta = meta }] },
        };

        var text = CatalogFileWriter.Write(snapshot);

        Assert.True(text.IndexOf("\"B2\"", StringComparison.Ordinal) < text.IndexOf("\"a\"", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"a\"", StringComparison.Ordinal) < text.IndexOf("\"b\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Non_ascii_text_is_written_as_itself()
    {
        Assert.Contains("\"Ü\": \"ä\"", CatalogFileWriter.Write(Rich), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_values_are_escaped()
    {
        Assert.Contains("\"output\": \"refused\\n\\\"x\\\"\"", CatalogFileWriter.Write(Rich), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_uses_lf_line_ends_and_ends_with_one_newline()
    {
        var text = CatalogFileWriter.Write(Rich);

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_weights_empty_collections_other_than_nodes_and_empty_addresses_are_left_out()
    {
        var text = CatalogFileWriter.Write(Rich);

        Assert.Single(AllIndexes(text, "\"weights\""));
        Assert.DoesNotContain("\"address\": \"\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{}", text, StringComparison.Ordinal);
        Assert.Equal(AllIndexes(text, "[]").Count(), AllIndexes(text, "\"nodes\": []").Count());
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            yield return index;
        }
    }

    /// <summary>What templates would see of a snapshot: every query's answer, as text.</summary>
    private static string Picture(CatalogSnapshot snapshot)
    {
        var queries = new CatalogQueries(snapshot);
        var lines = new List<string> { string.Join(",", queries.Datacenters()) };
        foreach (var datacenter in queries.Datacenters())
        {
            lines.AddRange(queries.Nodes(datacenter).Select(node =>
                $"{node.Node} {node.Address} {string.Join(",", node.Meta)} {string.Join(",", node.TaggedAddresses)}"));
            foreach (var service in queries.Services(datacenter))
            {
                lines.Add($"{service.Name} [{string.Join(",", service.Tags)}]");
                lines.AddRange(queries.Service(service.Name, datacenter: datacenter, filter: HealthFilter.Any).Select(instance =>
                    $"{instance.Node}/{instance.Id} {instance.Address}:{instance.Port} {instance.Status} [{string.Join(",", instance.Tags)}] " +
                    $"{string.Join(",", instance.Meta)} {instance.Weights} " +
                    string.Join(";", instance.Checks.Select(check => $"{check.Id}|{check.Name}|{check.Status}|{check.Output}|{check.ServiceId}"))));
            }

            lines.AddRange(queries.Tree("", datacenter).Select(entry => $"{entry.Key}={entry.Value}"));
            lines.Add(queries.KeyOrDefault("a/", "(missing)", datacenter));
        }

        return string.Join("\n", lines);
    }
}

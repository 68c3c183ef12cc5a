using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Tests.State;

/// <summary>The direct state API tests use to drive the simulator.</summary>
public sealed class DatacenterTests
{
    private static Datacenter NewDatacenter() => SimulatorState.Create(new SimulatorOptions { RegisterConsulService = false }).Primary;

    [Fact]
    public void Every_write_takes_the_next_raft_index_even_a_no_op()
    {
        var datacenter = NewDatacenter();
        var start = datacenter.RaftIndex;

        var first = datacenter.PutKey("a", "1");
        var same = datacenter.PutKey("a", "1");
        var bumped = datacenter.BumpIndex();

        Assert.Equal([start + 1, start + 2, start + 3], [first, same, bumped]);
        Assert.Equal(first, datacenter.GetIndex("kvs"));
    }

    [Fact]
    public void A_service_write_moves_its_own_index_and_the_table_indexes_but_not_other_services()
    {
        var datacenter = NewDatacenter();
        var web = datacenter.Register(new CatalogRegistration("n1", "10.0.0.1") { Service = new ServiceRegistration("web") });

        var db = datacenter.Register(new CatalogRegistration("n2", "10.0.0.2") { Service = new ServiceRegistration("db") });

        Assert.Equal(web, datacenter.GetIndex("service.web"));
        Assert.Equal(db, datacenter.GetIndex("service.db"));
        Assert.Equal(db, datacenter.GetIndex("services"));
        Assert.Equal(db, datacenter.GetIndex("nodes"));
    }

    [Fact]
    public void Touching_an_index_entry_changes_only_that_entry()
    {
        var datacenter = NewDatacenter();
        datacenter.Register(new CatalogRegistration("n1", "10.0.0.1") { Service = new ServiceRegistration("web") });
        var services = datacenter.GetIndex("services");

        var touched = datacenter.TouchIndex("service.web");

        Assert.Equal(touched, datacenter.GetIndex("service.web"));
        Assert.Equal(services, datacenter.GetIndex("services"));
    }

    [Fact]
    public void Setting_the_status_of_an_unknown_check_is_refused()
    {
        var datacenter = NewDatacenter();

        var error = Assert.Throws<ConsulStateException>(() => datacenter.SetCheckStatus("n1", "missing", CheckStatus.Passing));

        Assert.Equal("Unknown check ID \"missing\" on node \"n1\"", error.Message);
    }

    [Fact]
    public void A_registration_without_a_node_is_refused_with_Consuls_message()
    {
        var datacenter = NewDatacenter();

        var error = Assert.Throws<ConsulStateException>(() => datacenter.Register(new CatalogRegistration("", "10.0.0.1")));

        Assert.Equal("Must provide node", error.Message);
    }

    [Fact]
    public void Invalid_weights_are_stored_as_the_default()
    {
        var datacenter = NewDatacenter();

        datacenter.Register(new CatalogRegistration("n1", "10.0.0.1") { Service = new ServiceRegistration("web") { Weights = new ServiceWeights(0, -1) } });

        var stored = datacenter.FindService("n1", "web");
        Assert.Equal(ServiceWeights.Default, stored!.Weights);
    }

    [Fact]
    public void A_failed_check_and_set_still_takes_an_index_but_writes_nothing()
    {
        var datacenter = NewDatacenter();
        datacenter.PutKey("k", "1");

        var result = datacenter.PutKey("k", "2"u8, cas: 1);

        Assert.False(result.Applied);
        Assert.Equal(result.Index, datacenter.RaftIndex);
        Assert.Equal("1"u8.ToArray(), datacenter.KvGet("k").Value!.Value);
    }
}

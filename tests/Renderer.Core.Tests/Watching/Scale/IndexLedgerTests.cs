using Renderer.Core.Watching.Feeds;

namespace Renderer.Core.Tests.Watching.Scale;

public sealed class IndexLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public void A_services_answer_whose_only_write_a_check_explains_needs_no_sweep()
    {
        var ledger = new IndexLedger();
        ledger.Expect(100, 101, Now);

        ledger.Explain(101);
        ledger.Settle();

        Assert.Equal(0, ledger.Pending);
        Assert.Empty(ledger.Expire(Now + Window, Window));
    }

    [Fact]
    public void A_write_hidden_before_an_explained_one_in_the_same_answer_makes_it_unexplained()
    {
        var ledger = new IndexLedger();
        ledger.Explain(102);

        ledger.Expect(100, 102, Now);

        Assert.Empty(ledger.Expire(Now + TimeSpan.FromMilliseconds(500), Window));
        Assert.Equal([102UL], ledger.Expire(Now + Window, Window));
    }

    [Fact]
    public void A_removal_seen_somewhere_in_a_range_explains_the_one_index_nothing_else_explains()
    {
        var ledger = new IndexLedger();
        ledger.Explain(101);
        ledger.Expect(100, 102, Now);

        ledger.Claim(100, 102);
        ledger.Settle();

        Assert.Equal(0, ledger.Pending);
    }

    [Fact]
    public void A_removal_cannot_explain_two_unexplained_indexes()
    {
        var ledger = new IndexLedger();
        ledger.Expect(100, 103, Now);

        ledger.Claim(100, 103);
        ledger.Explain(103);

        Assert.Equal([103UL], ledger.Expire(Now + Window, Window));
    }

    [Fact]
    public void Everything_up_to_a_sweeps_start_is_explained()
    {
        var ledger = new IndexLedger();
        ledger.Expect(100, 110, Now);

        ledger.SweptUpTo(110);
        ledger.Settle();

        Assert.Equal(0, ledger.Pending);
        Assert.True(ledger.Expect(105, 110, Now));
        Assert.Equal(0, ledger.Pending);
    }

    [Fact]
    public void A_range_too_long_to_examine_is_unexplained_at_once()
    {
        var ledger = new IndexLedger();

        Assert.False(ledger.Expect(100, 100 + IndexLedger.MaxRange + 1, Now));
    }
}

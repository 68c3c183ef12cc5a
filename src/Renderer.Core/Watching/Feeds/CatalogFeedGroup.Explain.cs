using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <content>
/// Explaining services-table changes (<see cref="IndexLedger"/>). The services feed says the table moved to index
/// N, not which service moved, and one answer may cover several writes. Each feed's diff explains the indexes it
/// saw exactly and names the services concerned, which are read again at once. A services answer whose every
/// index is explained within <see cref="ExplainWindow"/> needs nothing more; otherwise a write no feed can see
/// (a port changed and nothing else, an instance without checks came or went) may hide in it, and a sweep finds it.
/// </content>
internal sealed partial class CatalogFeedGroup
{
    /// <summary>How long a services answer waits for the other feeds to explain it before a sweep.</summary>
    internal static readonly TimeSpan ExplainWindow = TimeSpan.FromSeconds(1);

    private readonly IndexLedger _ledger = new();
    private ulong _servicesIndex;

    private void ExplainServicesAnswer(ulong previous, ulong index, bool mapChanged, DateTimeOffset now)
    {
        if (mapChanged)
        {
            // A service appeared, disappeared or changed tags somewhere in the range: it is read again.
            _ledger.Claim(previous, index);
        }

        if (!_ledger.Expect(previous, index, now))
        {
            Unexplained(index, "its range is too long to examine");
            return;
        }

        _ledger.Settle();
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// Records what a check feed's diff explains: a check that appeared or changed did so at its ModifyIndex; checks
    /// that disappeared did so somewhere in the answer's range (explained by elimination, if at all).
    /// </summary>
    private void RecordEvidence(List<CheckChange> changes, ulong previous, ulong index)
    {
        var removals = false;
        foreach (var change in changes)
        {
            if (change.IsRemoval)
            {
                removals = true;
            }
            else
            {
                _ledger.Explain(change.ModifyIndex);
            }
        }

        if (removals)
        {
            _ledger.Claim(previous, index);
        }

        _ledger.Settle();
        if (_checksOnDemand)
        {
            foreach (var change in changes.Where(change => !change.IsRemoval))
            {
                _checksLedger.Explain(change.ModifyIndex);
            }

            if (removals)
            {
                _checksLedger.Claim(previous, index);
            }

            _checksLedger.Settle();
        }
    }

    /// <summary>
    /// What a re-read proves: its X-Consul-Index is <c>service.&lt;name&gt;</c>, the index of the last write that
    /// touched the service, and each check in it changed last at its ModifyIndex. An empty answer proves nothing
    /// (a missing service reports a table-wide index).
    /// </summary>
    private void RecordReadEvidence(QueryResult<IReadOnlyList<ServiceEntry>> answer)
    {
        if (answer.Value.Count == 0)
        {
            return;
        }

        _ledger.Explain(answer.Meta.LastIndex);
        foreach (var check in answer.Value.SelectMany(entry => entry.Checks))
        {
            _ledger.Explain(check.ModifyIndex);
            _checksLedger.Explain(check.ModifyIndex);
        }

        _ledger.Settle();
        _checksLedger.Settle();
        ChecksNeedReading();
    }

    /// <summary>Sweeps for the services answers the window has closed on unexplained.</summary>
    private void ExpireExplanations(DateTimeOffset now)
    {
        foreach (var index in _ledger.Expire(now, ExplainWindow))
        {
            Unexplained(index, "no feed explained every write it may cover");
        }
    }

    private void Unexplained(ulong index, string why)
    {
        LogUnexplained(_logger, _datacenter.ToString(), index, why);
        RequestSweep(SweepReason.Unexplained);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Services table of datacenter {Datacenter} moved to {Index} and {Why}: sweeping")]
    private static partial void LogUnexplained(ILogger logger, string datacenter, ulong index, string why);
}

using Microsoft.Extensions.Logging;
using Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <content>
/// Explaining services-table changes. The services feed says that the table moved to index N, not which service
/// moved. When its own diff (a service appeared, disappeared or changed tags) or a check that changed at exactly
/// Raft index N names the service, the re-reads above cover it. When nothing does — a port changed and nothing
/// else, an instance without checks came or went — the change is unexplained and a sweep finds it.
/// </content>
internal sealed partial class CatalogFeedGroup
{
    /// <summary>Services-table indexes waiting for the checks feed to reach them, with when they arrived.</summary>
    private readonly SortedDictionary<ulong, DateTimeOffset> _pending = [];

    /// <summary>Raft indexes at which a change of a service's checks was seen (exactly).</summary>
    private readonly SortedSet<ulong> _evidence = [];

    private ulong _servicesIndex;
    private ulong _checksIndex;
    private DateTimeOffset _lastServicesAnswerAt;
    private bool _probing;

    /// <summary>How long a services-table index may wait for the checks feed before it counts as unexplained.</summary>
    private static readonly TimeSpan ExplanationTimeout = TimeSpan.FromSeconds(30);

    private void ExplainServicesMove(FeedAnswer<IReadOnlyDictionary<string, IReadOnlyList<string>>> answer, bool mapChanged)
    {
        // Answers that follow each other closely may each cover several writes, of which the diff shows only the
        // sum: once the burst is over, one sweep checks every service.
        if (answer.ReceivedAt - _lastServicesAnswerAt < _context.Options.BurstWindow)
        {
            ScheduleBurstSweep(answer.ReceivedAt);
        }

        if (mapChanged)
        {
            return;
        }

        _pending[answer.Index] = answer.ReceivedAt;
        ResolveExplanations();
        if (_pending.ContainsKey(answer.Index) && !_probing)
        {
            _probing = true;
            _ = ProbeChecksIndexAsync();
        }
    }

    /// <summary>
    /// Records the Raft indexes a check feed's changes prove: a check that appeared or changed did so at its
    /// ModifyIndex; a check that disappeared did so at some index of the answer's range, so only the answer's own
    /// index is recorded (if the services table moved there, the write that moved both tables removed the check).
    /// </summary>
    private void RecordEvidence(List<CheckChange> changes, ulong answerIndex)
    {
        foreach (var change in changes.Where(change => !change.IsNodeCheck))
        {
            _evidence.Add(change.IsRemoval ? answerIndex : change.ModifyIndex);
        }
    }

    /// <summary>Decides every pending index the checks feed has reached: explained by evidence at exactly that index, or swept.</summary>
    private void ResolveExplanations()
    {
        foreach (var index in _pending.Keys.Where(index => index <= _checksIndex).ToList())
        {
            _pending.Remove(index);
            if (!_evidence.Contains(index))
            {
                Unexplained(index, "no check changed at that index");
            }
        }

        var floor = _pending.Count > 0 ? Math.Min(_pending.Keys.First(), _servicesIndex + 1) : _servicesIndex + 1;
        _evidence.RemoveWhere(index => index < floor);
    }

    /// <summary>
    /// The checks feed has not reached a services-table index yet: ask the checks table's index (a small answer).
    /// Below it, the write did not touch any check and will never be explained by one.
    /// </summary>
    private async Task ProbeChecksIndexAsync()
    {
        ulong checksIndex;
        try
        {
            var answer = await _context.Budget.RunAsync(
                ct => _context.Client.GetHealthStateAsync(HealthState.Critical, WatchQueries.Current(Dc), ct), _stop.Token).ConfigureAwait(false);
            checksIndex = answer.Meta.LastIndex;
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
        {
            checksIndex = 0;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_gate)
        {
            _probing = false;
            foreach (var index in _pending.Keys.Where(index => index > checksIndex).ToList())
            {
                _pending.Remove(index);
                Unexplained(index, "the checks table did not move with it");
            }
        }
    }

    /// <summary>Sweeps for pending indexes the checks feed has not reached in <see cref="ExplanationTimeout"/>.</summary>
    private void ExpireExplanations(DateTimeOffset now)
    {
        foreach (var (index, since) in _pending.Where(pair => now - pair.Value > ExplanationTimeout).ToList())
        {
            _pending.Remove(index);
            Unexplained(index, "the checks feed did not reach it in time");
        }
    }

    private void ClearExplanations()
    {
        _pending.Clear();
        _evidence.Clear();
    }

    private void Unexplained(ulong index, string why)
    {
        LogUnexplained(_logger, _datacenter.ToString(), index, why);
        RequestSweep(SweepReason.Unexplained);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Services table of datacenter {Datacenter} moved to {Index} and {Why}: sweeping")]
    private static partial void LogUnexplained(ILogger logger, string datacenter, ulong index, string why);
}

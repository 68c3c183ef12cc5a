using Microsoft.Extensions.Logging;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <content>
/// The checks table, read whole on demand. With the fast health feeds, the table is watched through its critical
/// and warning lists: both are long polls on the table's index, so every check write wakes them, and their small
/// answers explain what they show (a check that turned critical or warning, at its ModifyIndex; one that left the
/// list, through the read of its service, whose answer carries the check's new ModifyIndex). A write they cannot
/// explain — a passing check that appeared, disappeared or changed its output, which is what registering or
/// deregistering a healthy instance does — makes the group read every check (<c>/v1/health/state/any</c>) and diff
/// it with the last such read. A health flip thus costs a few hundred bytes instead of the whole list.
/// </content>
internal sealed partial class CatalogFeedGroup
{
    /// <summary>How long an unexplained check write may wait for the re-reads it caused before the whole list is read.</summary>
    internal static readonly TimeSpan ChecksExplainWindow = TimeSpan.FromMilliseconds(250);

    private readonly IndexLedger _checksLedger = new();
    private readonly bool _checksOnDemand;
    private ulong _criticalIndex;
    private ulong _warningIndex;
    private int _readsInFlight;
    private bool _readingChecks;
    private bool _readChecksAgain;
    private ulong _checksSeen;
    private ulong _checksReadCovers;
    private ulong _allChecksIndex;
    private bool _allChecksBaseline;

    /// <summary>The checks table moved over (<paramref name="previous"/>, <paramref name="index"/>]: wait for it to be explained.</summary>
    private void ExpectChecks(ulong previous, ulong index, DateTimeOffset now)
    {
        // Only the write at the table's index is certainly a check write: the range below it also holds writes of
        // other tables, which no check list can explain. A check write hidden below one the lists explain is a
        // passing check appearing, going or changing output in the same instant; the services ledger sweeps for the
        // instances, and the periodic reconcile reads every check (docs/architecture.md).
        _checksSeen = Math.Max(_checksSeen, index);
        if (!_checksLedger.Expect(Math.Max(Math.Max(previous, index - 1), _allChecksIndex), index, now))
        {
            RequestAllChecks();
            return;
        }

        _checksLedger.Settle();
        ChecksNeedReading();
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// Reads every check at once when nothing else can explain what is pending: both small lists have answered
    /// past it and no re-read that could explain it is queued or in flight.
    /// </summary>
    private void ChecksNeedReading()
    {
        if (_checksOnDemand && _checksLedger.Pending > 0 && Math.Min(_criticalIndex, _warningIndex) >= _checksSeen
            && _readsInFlight == 0 && _queue.Pending == 0)
        {
            RequestAllChecks();
        }
    }

    /// <summary>Reads every check for the pending writes the window has closed on.</summary>
    private void ExpireChecks(DateTimeOffset now)
    {
        if (_checksLedger.Expire(now, ChecksExplainWindow).Count > 0)
        {
            RequestAllChecks();
        }
    }

    /// <summary>One read of every check at a time; a request while one is in flight reads once more only if it needs newer data.</summary>
    private void RequestAllChecks()
    {
        if (_disposed || !_checksOnDemand)
        {
            return;
        }

        if (_readingChecks)
        {
            _readChecksAgain |= _checksSeen > _checksReadCovers;
            return;
        }

        _readingChecks = true;
        _checksReadCovers = _checksSeen;
        _ = ReadAllChecksAsync();
    }

    private async Task ReadAllChecksAsync()
    {
        try
        {
            var answer = await _context.Budget.RunAsync(
                ct => _context.Client.GetHealthStateAsync(HealthState.Any, WatchQueries.Current(Dc), ct), _stop.Token).ConfigureAwait(false);
            lock (_gate)
            {
                TakeAllChecks(answer.Value, answer.Meta.LastIndex);
                _readingChecks = false;
                if (_readChecksAgain || _checksLedger.Pending > 0 && _checksSeen > answer.Meta.LastIndex)
                {
                    _readChecksAgain = false;
                    RequestAllChecks();
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception e) when (e is ConsulException or HttpRequestException or ObjectDisposedException)
        {
            OnFeedError(e.Message);
            LogChecksReadFailed(_logger, _datacenter.ToString(), e.Message, _context.Options.RefusedRetryDelay);
            try
            {
                await Task.Delay(_context.Options.RefusedRetryDelay, _context.TimeProvider, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (_gate)
            {
                _readingChecks = false;
                RequestAllChecks();
            }
        }
    }

    /// <summary>Diffs a whole check list with the previous one; everything up to its index is then explained.</summary>
    private void TakeAllChecks(IReadOnlyList<HealthCheck> checks, ulong index)
    {
        var changes = _allChecks.Apply(checks);
        if (!_allChecksBaseline)
        {
            _allChecksBaseline = true;
            _allChecksIndex = index;
            _checksLedger.SweptUpTo(index);
            _checksLedger.Settle();
            BaselineAnswered();
            return;
        }

        if (index < _allChecksIndex)
        {
            IndexReset("checks", _allChecksIndex, index);
        }
        else
        {
            ApplyCheckChanges(changes);
            RecordEvidence(changes, _allChecksIndex, index);
        }

        _allChecksIndex = index;
        _checksLedger.SweptUpTo(index);
        _checksLedger.Settle();
        if (_feedError is not null)
        {
            OnFeedError(null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading every check of datacenter {Datacenter} failed: {Reason}; asking again in {Delay}")]
    private static partial void LogChecksReadFailed(ILogger logger, string datacenter, string reason, TimeSpan delay);
}

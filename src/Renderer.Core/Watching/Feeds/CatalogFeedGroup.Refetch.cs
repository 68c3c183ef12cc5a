using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Models;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Feeds;

/// <content>
/// Re-reads: one non-blocking <c>/v1/health/service/:name</c> per service name (every instance, whatever its health
/// or tags, so one read serves every variant of the name), published only when its X-Consul-Index moved.
/// </content>
internal sealed partial class CatalogFeedGroup
{
    /// <summary>Schedules a read of <paramref name="watched"/>; while one is in flight, one more after it.</summary>
    private void Touch(WatchedService watched, bool urgent)
    {
        if (_disposed)
        {
            return;
        }

        if (watched.InFlight)
        {
            watched.Again = true;
            return;
        }

        if (watched.Queued && (watched.QueuedUrgent || !urgent))
        {
            return;
        }

        watched.Queued = true;
        watched.QueuedUrgent |= urgent;
        _queue.Enqueue(watched.Name, urgent);
    }

    private async Task RefetchAsync(string name, CancellationToken cancellationToken)
    {
        WatchedService? watched;
        lock (_gate)
        {
            if (!_services.TryGetValue(name, out watched) || !watched.Queued)
            {
                return; // Read already, or no longer watched.
            }

            watched.Queued = false;
            watched.QueuedUrgent = false;
            watched.InFlight = true;
            _readsInFlight++;
            watched.StartedAtEpoch = _epoch;
        }

        try
        {
            var answer = await _context.Budget.RunAsync(
                ct => _context.Client.GetHealthServiceAsync(name, passingOnly: false, tags: null, WatchQueries.Current(Dc), ct),
                cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                Completed(watched, answer);
            }
        }
        catch (Exception e) when (e is ConsulException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            lock (_gate)
            {
                watched.InFlight = false;
                _readsInFlight--;
                foreach (var key in watched.Keys)
                {
                    _context.Store.Fail(key, e.Message);
                }
            }

            LogReadFailed(_logger, name, e.Message, _context.Options.RefusedRetryDelay);
            _ = RetryLaterAsync(watched);
        }
    }

    /// <summary>
    /// Takes a read's answer. It is published only if its index moved (or a key has no data from this index yet),
    /// and read once more if a change concerning the service was seen after the read started: either one of its
    /// own (<see cref="WatchedService.Again"/>) or one of a node its answer puts it on.
    /// </summary>
    private void Completed(WatchedService watched, QueryResult<IReadOnlyList<ServiceEntry>> answer)
    {
        watched.InFlight = false;
        _readsInFlight--;
        RecordReadEvidence(answer);
        if (!_services.TryGetValue(watched.Name, out var current) || !ReferenceEquals(current, watched))
        {
            return;
        }

        var index = answer.Meta.LastIndex;
        if (index != watched.Index)
        {
            RemoveRows(watched);
            watched.Rows = [.. answer.Value.Select(entry => new ServiceRow(_strings.Intern(entry.Node.Name), entry.Service.Id, entry.Service.ModifyIndex))];
            AddRows(watched);
            watched.Index = index;
            watched.Published.Clear();
        }

        foreach (var key in watched.Keys.Where(key => !watched.Published.Contains(key)))
        {
            Publish(key, _compact.Compact(ConsulDataMapper.Service(key, WithTag(answer.Value, key.Tag), _context.LocalDatacenter)));
            watched.Published.Add(key);
        }

        var stale = watched.Again || watched.Rows.Any(row =>
            _nodeEvidenceEpoch.TryGetValue(row.Node, out var epoch) && epoch > watched.StartedAtEpoch);
        watched.Again = false;
        if (stale)
        {
            Touch(watched, urgent: true);
        }
    }

    private async Task RetryLaterAsync(WatchedService watched)
    {
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
            if (_services.TryGetValue(watched.Name, out var current) && ReferenceEquals(current, watched))
            {
                Touch(watched, urgent: false);
            }
        }
    }

    /// <summary>Consul's <c>tag</c> rule, applied here because one read serves every tag: the instance carries the tag, case-insensitively.</summary>
    private static IReadOnlyList<ServiceEntry> WithTag(IReadOnlyList<ServiceEntry> entries, string? tag) =>
        tag is null ? entries : [.. entries.Where(entry => entry.Service.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))];

    private void AddRows(WatchedService watched)
    {
        foreach (var node in watched.Rows.Select(row => row.Node))
        {
            if (!_servicesOnNode.TryGetValue(node, out var names))
            {
                names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                _servicesOnNode.Add(node, names);
            }

            names.Add(watched.Name);
        }
    }

    private void RemoveRows(WatchedService watched)
    {
        foreach (var node in watched.Rows.Select(row => row.Node))
        {
            if (_servicesOnNode.TryGetValue(node, out var names) && names.Remove(watched.Name) && names.Count == 0)
            {
                _servicesOnNode.Remove(node);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading service {Service} failed: {Reason}; asking again in {Delay}")]
    private static partial void LogReadFailed(ILogger logger, string service, string reason, TimeSpan delay);
}

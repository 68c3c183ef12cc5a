using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <content>
/// Sweeps: find every multiplexed service whose instances changed without a feed naming it. Two ways, the cheaper
/// one is taken: read every watched service again (one request per service name), or read the services of every
/// node (<c>/v1/catalog/node/:node</c>, one request per node) and compare each instance's ModifyIndex with the one
/// last read — only the services that differ are then read again. At 5,000 services on 100 nodes a sweep costs
/// 100 requests instead of 5,000.
/// </content>
internal sealed partial class CatalogFeedGroup
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private SweepReason? _sweepRequested;
    private DateTimeOffset? _nextReconcile;

    /// <summary>Number of sweeps done so far (tests and the load scenario read it).</summary>
    public int Sweeps { get; private set; }

    private void RequestSweep(SweepReason reason)
    {
        _sweepRequested ??= reason;
        _wake.Writer.TryWrite(true);
    }

    /// <summary>The group's timer loop: explanation windows, reconcile sweeps and requested sweeps, one at a time.</summary>
    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var time = _context.TimeProvider;
        await _baseline.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var reconcile = _context.Options.ReconcileInterval;
        _nextReconcile = reconcile > TimeSpan.Zero ? time.GetUtcNow() + reconcile : null;
        while (!cancellationToken.IsCancellationRequested)
        {
            await WaitForWorkAsync(cancellationToken).ConfigureAwait(false);
            SweepReason? reason;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                ExpireExplanations(now);
                ExpireChecks(now);
                if (_nextReconcile <= now)
                {
                    _nextReconcile = now + reconcile;
                    _sweepRequested ??= SweepReason.Reconcile;
                }

                reason = _sweepRequested;
                _sweepRequested = null;
            }

            if (reason is { } why)
            {
                if (why is SweepReason.Reconcile or SweepReason.IndexReset)
                {
                    lock (_gate)
                    {
                        RequestAllChecks();
                    }
                }

                await SweepAsync(why, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? due;
        lock (_gate)
        {
            due = new[] { _nextReconcile, _ledger.NextDeadline(ExplainWindow), _checksLedger.NextDeadline(ChecksExplainWindow) }
                .Where(value => value is not null).Min();
        }

        var time = _context.TimeProvider;
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _wake.Reader.WaitToReadAsync(wake.Token).AsTask();
        var timer = due is { } at ? Task.Delay(Max(at - time.GetUtcNow(), TimeSpan.Zero), time, wake.Token) : Task.Delay(Timeout.Infinite, wake.Token);
        await Task.WhenAny(signal, timer).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(signal, timer).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        _wake.Reader.TryRead(out _);
    }

    private async Task SweepAsync(SweepReason reason, CancellationToken cancellationToken)
    {
        List<string> nodes;
        int services;
        lock (_gate)
        {
            // Everything the services table did up to now is covered: the sweep reads after it.
            _ledger.SweptUpTo(_servicesIndex);
            Sweeps++;
            services = _services.Count;
            nodes = [.. _nodes.Names.Union(_servicesOnNode.Keys, StringComparer.OrdinalIgnoreCase)];
            LogSweep(_logger, _datacenter.ToString(), reason, services, nodes.Count);
            if (services <= nodes.Count)
            {
                foreach (var watched in _services.Values)
                {
                    Touch(watched, urgent: reason != SweepReason.Reconcile);
                }

                return;
            }
        }

        await Parallel.ForEachAsync(
            nodes,
            new ParallelOptions { MaxDegreeOfParallelism = _sweepParallelism, CancellationToken = cancellationToken },
            async (node, ct) =>
            {
                CatalogNode? answer;
                try
                {
                    answer = (await _context.Budget.RunAsync(
                        token => _context.Client.GetCatalogNodeAsync(node, WatchQueries.Current(Dc), token), ct).ConfigureAwait(false)).Value;
                }
                catch (Exception e) when (e is ConsulException or HttpRequestException && !ct.IsCancellationRequested)
                {
                    LogNodeReadFailed(_logger, node, e.Message);
                    lock (_gate)
                    {
                        TouchServicesOn(node);
                    }

                    return;
                }

                lock (_gate)
                {
                    CompareNode(node, answer);
                }
            }).ConfigureAwait(false);
    }

    /// <summary>Reads again every watched service whose instances on <paramref name="node"/> differ from the last read.</summary>
    private void CompareNode(string node, CatalogNode? answer)
    {
        var actual = answer?.Services.Values ?? [];
        foreach (var service in actual)
        {
            if (_services.TryGetValue(service.Name, out var watched)
                && !watched.Rows.Contains(new ServiceRow(node, service.Id, service.ModifyIndex), SameRow.Instance))
            {
                Touch(watched, urgent: true);
            }
        }

        var present = actual.Select(service => service.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var name in _servicesOnNode.GetValueOrDefault(node) ?? [])
        {
            var watched = _services[name];
            if (watched.Rows.Any(row => string.Equals(row.Node, node, StringComparison.OrdinalIgnoreCase) && !present.Contains(row.Id)))
            {
                Touch(watched, urgent: true);
            }
        }
    }

    private void TouchServicesOn(string node)
    {
        foreach (var name in _servicesOnNode.GetValueOrDefault(node) ?? [])
        {
            Touch(_services[name], urgent: true);
        }
    }

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    /// <summary>Node names compare as Consul compares them (case-insensitively); IDs and indexes exactly.</summary>
    private sealed class SameRow : IEqualityComparer<ServiceRow>
    {
        public static readonly SameRow Instance = new();

        public bool Equals(ServiceRow x, ServiceRow y) =>
            string.Equals(x.Node, y.Node, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Id, y.Id, StringComparison.Ordinal) && x.ModifyIndex == y.ModifyIndex;

        public int GetHashCode(ServiceRow obj) => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Node), obj.Id, obj.ModifyIndex);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweeping datacenter {Datacenter} ({Reason}): {Services} services on {Nodes} nodes")]
    private static partial void LogSweep(ILogger logger, string datacenter, SweepReason reason, int services, int nodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading node {Node} during a sweep failed: {Reason}; reading its services instead")]
    private static partial void LogNodeReadFailed(ILogger logger, string node, string reason);
}

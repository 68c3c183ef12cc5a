using Microsoft.Extensions.Logging;
using Renderer.Consul.Blocking;
using Renderer.Consul.Models;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Watching.Feeds;

/// <content>What each feed's answer changes: the diff with its previous answer, and the services it concerns.</content>
internal sealed partial class CatalogFeedGroup
{
    private readonly Dictionary<string, HashSet<string>> _servicesOnNode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _nodeEvidenceEpoch = new(StringComparer.OrdinalIgnoreCase);
    private long _epoch;
    private DependencyKey? _servicesKeyPublished;
    private DependencyKey? _nodesKeyPublished;
    private bool _servicesBaseline;
    private bool _nodesBaseline;

    private void OnServices(FeedAnswer<IReadOnlyDictionary<string, IReadOnlyList<string>>> answer)
    {
        lock (_gate)
        {
            var changed = _serviceMap.Apply(answer.Value);
            if (answer.Change == IndexChange.Initial)
            {
                _servicesBaseline = true;
                _servicesIndex = answer.Index;
                PublishTablesTo(_servicesKey, null, force: true);
                BaselineAnswered();
                return;
            }

            foreach (var name in changed)
            {
                ServiceEvidence(name);
            }

            if (changed.Count > 0 && _servicesKey is { } key)
            {
                Publish(key, _serviceMap.ToData());
            }

            if (answer.Change == IndexChange.WentBackwards)
            {
                IndexReset("services", answer);
            }
            else
            {
                ExplainServicesAnswer(answer.PreviousIndex, answer.Index, mapChanged: changed.Count > 0, answer.ReceivedAt);
            }

            _servicesIndex = answer.Index;
        }
    }

    private void OnChecks(FeedAnswer<IReadOnlyList<HealthCheck>> answer)
    {
        lock (_gate)
        {
            var changes = _allChecks.Apply(answer.Value);
            if (answer.Change == IndexChange.Initial)
            {
                BaselineAnswered();
                return;
            }

            ApplyCheckChanges(changes);
            if (answer.Change == IndexChange.WentBackwards)
            {
                IndexReset("checks", answer);
            }
            else
            {
                RecordEvidence(changes, answer.PreviousIndex, answer.Index);
            }
        }
    }

    private void OnFastHealth(CheckTable table, FeedAnswer<IReadOnlyList<HealthCheck>> answer)
    {
        lock (_gate)
        {
            var changes = table.Apply(answer.Value);
            if (answer.Change == IndexChange.Initial)
            {
                _criticalIndex = table == _criticalChecks ? answer.Index : _criticalIndex;
                _warningIndex = table == _warningChecks ? answer.Index : _warningIndex;
                BaselineAnswered();
                return;
            }

            ApplyCheckChanges(changes);
            if (answer.Change == IndexChange.WentBackwards)
            {
                IndexReset(table == _criticalChecks ? "critical checks" : "warning checks", answer);
                return;
            }

            // A check that left the list healed or was deleted somewhere in the range: its service is read again.
            RecordEvidence(changes, answer.PreviousIndex, answer.Index);
            if (table == _criticalChecks)
            {
                _criticalIndex = answer.Index;
            }
            else
            {
                _warningIndex = answer.Index;
            }

            ExpectChecks(answer.PreviousIndex, answer.Index, answer.ReceivedAt);
        }
    }

    private void OnNodes(FeedAnswer<IReadOnlyList<Node>> answer)
    {
        lock (_gate)
        {
            var changed = _nodes.Apply(answer.Value);
            if (answer.Change == IndexChange.Initial)
            {
                _nodesBaseline = true;
                PublishTablesTo(null, _nodesKey, force: true);
                BaselineAnswered();
                return;
            }

            foreach (var node in changed)
            {
                NodeEvidence(node);
            }

            if (answer.Change != IndexChange.WentBackwards)
            {
                ExplainNodeChanges(answer, changed);
            }

            if (changed.Count > 0 && _nodesKey is { } key)
            {
                Publish(key, ConsulDataMapper.Nodes(answer.Value, DatacenterForData));
            }

            if (answer.Change == IndexChange.WentBackwards)
            {
                IndexReset("nodes", answer);
            }
        }
    }

    /// <summary>A node row that appeared or changed did so at its ModifyIndex; a node that disappeared, somewhere in the range.</summary>
    private void ExplainNodeChanges(FeedAnswer<IReadOnlyList<Node>> answer, List<string> changed)
    {
        var rows = answer.Value.ToDictionary(node => node.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var name in changed)
        {
            if (rows.TryGetValue(name, out var row))
            {
                _ledger.Explain(row.ModifyIndex);
            }
            else
            {
                _ledger.Claim(answer.PreviousIndex, answer.Index);
            }
        }

        _ledger.Settle();
    }

    private void ApplyCheckChanges(List<CheckChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.IsNodeCheck)
            {
                NodeEvidence(change.Node);
            }
            else
            {
                ServiceEvidence(change.ServiceName);
            }
        }
    }

    /// <summary>A change of <paramref name="name"/> was seen: read it again (once more after the read in flight).</summary>
    private void ServiceEvidence(string name)
    {
        _epoch++;
        if (_services.TryGetValue(name, out var watched))
        {
            Touch(watched, urgent: true);
        }
    }

    /// <summary>A change of a node (row or node check) was seen: every service with an instance on it changed.</summary>
    private void NodeEvidence(string node)
    {
        _nodeEvidenceEpoch[node] = ++_epoch;
        if (_servicesOnNode.TryGetValue(node, out var names))
        {
            foreach (var name in names)
            {
                Touch(_services[name], urgent: true);
            }
        }
    }

    /// <summary>An index went down (snapshot restore, another cluster): nothing known can be trusted; check everything.</summary>
    private void IndexReset<T>(string feed, FeedAnswer<T> answer) => IndexReset(feed, answer.PreviousIndex, answer.Index);

    private void IndexReset(string feed, ulong previous, ulong index)
    {
        LogIndexReset(_logger, feed, _datacenter.ToString(), previous, index);
        _ledger.Reset();
        _checksLedger.Reset();
        RequestSweep(SweepReason.IndexReset);
    }

    /// <summary>Publishes the tables' data to keys that have none from this group yet (a key tracked after the baseline).</summary>
    private void PublishTablesTo(DependencyKey? services, DependencyKey? nodes, bool force = false)
    {
        if (services is not null && _servicesBaseline && (force || _servicesKeyPublished != services))
        {
            _servicesKeyPublished = services;
            Publish(services, _serviceMap.ToData());
        }

        if (nodes is not null && _nodesBaseline && (force || _nodesKeyPublished != nodes))
        {
            _nodesKeyPublished = nodes;
            Publish(nodes, ConsulDataMapper.Nodes(_nodes.Last, DatacenterForData));
        }
    }

    private void Publish(DependencyKey key, Dependencies.Data.DependencyData data) => _context.Store.Publish(key, data);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Feed} feed's index of datacenter {Datacenter} went down ({Previous} → {Index}): Consul was restored or replaced; checking every watched service")]
    private static partial void LogIndexReset(ILogger logger, string feed, string datacenter, ulong previous, ulong index);
}

using ConsulModels = Renderer.Consul.Models;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// The checks of one check feed's last answer, keyed by node and check ID, and the diff with the next answer.
/// Diffing whole answers (not trusting that each answer holds one change) is what makes the feed immune to changes
/// that land together: whatever happened between two answers shows in the diff.
/// </summary>
internal sealed class CheckTable(StringPool strings)
{
    private Dictionary<(string Node, string CheckId), CheckRow> _rows = [];

    public int Count => _rows.Count;

    /// <summary>Replaces the table with <paramref name="checks"/> and returns what differs from the previous answer.</summary>
    public List<CheckChange> Apply(IReadOnlyList<ConsulModels.HealthCheck> checks)
    {
        var changes = new List<CheckChange>();
        var next = new Dictionary<(string, string), CheckRow>(checks.Count);
        foreach (var check in checks)
        {
            var row = new CheckRow(strings.Intern(check.ServiceName), check.ModifyIndex, strings.Intern(check.Status));
            var key = (strings.Intern(check.Node), check.CheckId);
            next[key] = row;
            if (!_rows.TryGetValue(key, out var old) || old != row)
            {
                changes.Add(new CheckChange(key.Item1, row.ServiceName, Math.Max(check.ModifyIndex, 1)));
                if (old is not null && !string.Equals(old.ServiceName, row.ServiceName, StringComparison.Ordinal))
                {
                    // A check moved to another service: both services changed.
                    changes.Add(new CheckChange(key.Item1, old.ServiceName, 0));
                }
            }
        }

        foreach (var (key, row) in _rows)
        {
            if (!next.ContainsKey(key))
            {
                changes.Add(new CheckChange(key.Node, row.ServiceName, 0));
            }
        }

        _rows = next;
        return changes;
    }

    private sealed record CheckRow(string ServiceName, ulong ModifyIndex, string Status);
}

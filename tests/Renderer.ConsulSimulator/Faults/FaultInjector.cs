namespace Renderer.ConsulSimulator.Faults;

/// <summary>
/// The faults currently armed, changeable while the simulator runs. Every matching rule applies, in the
/// order added; of the ones that replace the response (status, 429, drop) only the first takes effect.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<ArmedRule> _rules = [];

    /// <summary>Arms a rule; dispose the result to disarm it early.</summary>
    public IDisposable Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var armed = new ArmedRule(rule, rule.Times ?? -1, this);
        lock (_gate)
        {
            _rules.Add(armed);
        }

        return armed;
    }

    /// <summary>Arms a fault for every request, or those under <paramref name="pathPrefix"/>, optionally a number of times.</summary>
    public IDisposable Add(Fault fault, string? pathPrefix = null, int? times = null) =>
        Add(new FaultRule(fault) { PathPrefix = pathPrefix, Times = times });

    /// <summary>Disarms everything.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The faults for one request; rules with a count are consumed.</summary>
    internal IReadOnlyList<Fault> Take(string method, string path)
    {
        lock (_gate)
        {
            // Only the first matching fault that replaces the response takes effect; the others stay armed.
            var matching = _rules.Where(r => r.Rule.Matches(method, path)).ToList();
            var terminal = matching.FirstOrDefault(r => IsTerminal(r.Rule.Fault));
            var hits = matching.Where(r => !IsTerminal(r.Rule.Fault) || r == terminal).ToList();
            foreach (var hit in hits.Where(h => h.Remaining > 0))
            {
                if (--hit.Remaining == 0)
                {
                    _rules.Remove(hit);
                }
            }

            return hits.Select(h => h.Rule.Fault).ToList();
        }
    }

    private static bool IsTerminal(Fault fault) => fault is StatusFault or TooManyRequestsFault or DropConnectionFault;

    private void Remove(ArmedRule rule)
    {
        lock (_gate)
        {
            _rules.Remove(rule);
        }
    }

    private sealed class ArmedRule(FaultRule rule, int remaining, FaultInjector owner) : IDisposable
    {
        public FaultRule Rule { get; } = rule;

        public int Remaining { get; set; } = remaining;

        public void Dispose() => owner.Remove(this);
    }
}

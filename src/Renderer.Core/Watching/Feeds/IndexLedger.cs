namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// Which Raft indexes the feeds have explained, so that a services-table answer is trusted only when every write
/// it may cover is explained. Consul's index is one counter for every write (services, checks, nodes, keys, and
/// tables no feed sees), and a long poll that wakes reports only the last one: an answer covering indexes
/// (P, N] may hide several writes. A write is explained when a feed saw exactly what it changed and named the
/// service (a check whose ModifyIndex is that index, a node row), when it lies at or below a sweep's start, or by
/// elimination: a diff that shows "something in (P, N] removed a check of this service" explains the one index of
/// the range nothing else explains. An index nothing explains may be a change no feed can see (a port, an instance
/// without checks): the answer is then unexplained and the group sweeps. Not thread-safe: the group's lock guards it.
/// </summary>
internal sealed class IndexLedger
{
    /// <summary>Ranges longer than this are not examined: the answer is unexplained at once.</summary>
    public const ulong MaxRange = 4096;

    private readonly SortedSet<ulong> _explained = [];
    private readonly List<(ulong From, ulong To)> _claims = [];
    private readonly SortedDictionary<ulong, (ulong From, DateTimeOffset Since)> _pending = [];
    private ulong _floor;
    private ulong _last;

    /// <summary>Answers waiting to be explained.</summary>
    public int Pending => _pending.Count;

    /// <summary>A feed saw exactly what the write at <paramref name="index"/> changed, and whom it concerns.</summary>
    public void Explain(ulong index)
    {
        if (index > _floor)
        {
            _explained.Add(index);
        }
    }

    /// <summary>Some write in (<paramref name="from"/>, <paramref name="to"/>] is explained by a diff, which cannot say which.</summary>
    public void Claim(ulong from, ulong to)
    {
        if (to > from && to - from <= MaxRange)
        {
            _claims.Add((from, to));
        }
    }

    /// <summary>Every index up to <paramref name="index"/> is covered by a sweep that reads after it.</summary>
    public void SweptUpTo(ulong index)
    {
        _floor = Math.Max(_floor, index);
        _explained.RemoveWhere(explained => explained <= _floor);
    }

    /// <summary>
    /// A services-table answer covering (<paramref name="from"/>, <paramref name="to"/>] must be explained. Returns
    /// false when it never can be (a range too long to examine): sweep now.
    /// </summary>
    public bool Expect(ulong from, ulong to, DateTimeOffset now)
    {
        _last = Math.Max(_last, to);
        if (to <= from || to <= _floor)
        {
            return true;
        }

        if (to - Math.Max(from, _floor) > MaxRange)
        {
            return false;
        }

        _pending[to] = (Math.Max(from, _floor), now);
        return true;
    }

    /// <summary>Draws what elimination allows, and drops the answers now fully explained.</summary>
    public void Settle()
    {
        bool progress;
        do
        {
            progress = false;
            foreach (var claim in _claims.ToList())
            {
                var open = Unexplained(claim.From, claim.To).Take(2).ToList();
                if (open.Count <= 1)
                {
                    _claims.Remove(claim);
                    if (open.Count == 1)
                    {
                        _explained.Add(open[0]);
                        progress = true;
                    }
                }
            }
        }
        while (progress);

        foreach (var (to, pending) in _pending.ToList())
        {
            if (!Unexplained(pending.From, to).Any())
            {
                _pending.Remove(to);
            }
        }

        Trim();
    }

    /// <summary>Removes and returns the answers still unexplained <paramref name="window"/> after they arrived.</summary>
    public List<ulong> Expire(DateTimeOffset now, TimeSpan window)
    {
        Settle();
        var expired = _pending.Where(pair => now - pair.Value.Since >= window).Select(pair => pair.Key).ToList();
        foreach (var index in expired)
        {
            _pending.Remove(index);
        }

        return expired;
    }

    /// <summary>When the oldest pending answer's window ends; null when none waits.</summary>
    public DateTimeOffset? NextDeadline(TimeSpan window) =>
        _pending.Count == 0 ? null : _pending.Values.Min(pending => pending.Since) + window;

    /// <summary>Forgets everything (indexes went backwards: they belong to another history).</summary>
    public void Reset()
    {
        _explained.Clear();
        _claims.Clear();
        _pending.Clear();
        _floor = 0;
        _last = 0;
    }

    private IEnumerable<ulong> Unexplained(ulong from, ulong to)
    {
        for (var index = Math.Max(from, _floor) + 1; index <= to; index++)
        {
            if (!_explained.Contains(index))
            {
                yield return index;
            }
        }
    }

    /// <summary>
    /// Keeps what an answer still waiting, or one yet to come, may need: the next services answer starts after the
    /// last one, so what lies at or below both it and every waiting answer's start is done with.
    /// </summary>
    private void Trim()
    {
        var low = _pending.Count > 0 ? Math.Min(_last, _pending.Values.Min(pending => pending.From)) : _last;
        _explained.RemoveWhere(index => index <= low);
        _claims.RemoveAll(claim => claim.To <= low);
    }
}

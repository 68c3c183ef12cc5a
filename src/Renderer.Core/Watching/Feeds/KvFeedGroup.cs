using System.Collections.Immutable;
using Renderer.Consul.Blocking;
using Renderer.Consul.Models;
using Renderer.Core.Dependencies;
using Renderer.Core.Watching.Planning;

namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// Keeps many <c>key</c>, <c>ls</c> and <c>tree</c> dependencies of one datacenter current with one long poll: a
/// recursive read of their longest common prefix (<c>/v1/kv/:prefix?recurse</c>), whose index is the highest
/// ModifyIndex below the prefix. The answer holds the values, so nothing is read again: each key whose entries'
/// ModifyIndex changed is published from the answer. The price is the answer's size: everything below the common
/// prefix, the whole store when the keys share none (docs/architecture.md).
/// </summary>
internal sealed class KvFeedGroup : IAsyncDisposable
{
    private readonly WatchContext _context;
    private readonly FeedLoop<IReadOnlyList<KvPair>> _feed;
    private readonly Lock _gate = new();
    private ImmutableArray<DependencyKey> _keys;
    private Dictionary<string, KvPair> _entries = new(StringComparer.Ordinal);
    private IReadOnlyList<KvPair> _last = [];
    private bool _answered;

    public KvFeedGroup(DatacenterName datacenter, ImmutableArray<DependencyKey> keys, WatchContext context)
    {
        _context = context;
        _keys = keys;
        Prefix = CommonPrefix(keys);
        var at = datacenter.Name is null ? "" : "@" + datacenter.Name;
        _feed = new FeedLoop<IReadOnlyList<KvPair>>(
            $"kv feed {(Prefix.Length == 0 ? "/" : Prefix)}{at}",
            (query, ct) => context.Client.GetKeyTreeAsync(Prefix, query, ct),
            WatchQueries.LongPoll(context.Options, datacenter.Name, cacheable: false),
            context,
            OnAnswer,
            OnError);
    }

    /// <summary>The prefix read recursively.</summary>
    public string Prefix { get; }

    public void Start() => _feed.Start();

    /// <summary>Serves <paramref name="keys"/> from now on; false when they are not all below <see cref="Prefix"/> (make a new group).</summary>
    public bool TryTrack(ImmutableArray<DependencyKey> keys)
    {
        if (!keys.All(key => key.Name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            return false;
        }

        lock (_gate)
        {
            var added = keys.Except(_keys).ToList();
            _keys = keys;
            if (_answered)
            {
                foreach (var key in added)
                {
                    _context.Store.Publish(key, DataOf(key));
                }
            }
        }

        return true;
    }

    public ValueTask DisposeAsync() => _feed.DisposeAsync();

    /// <summary>The longest common string prefix (KV prefixes are string prefixes, not paths: <c>a/b</c> covers <c>a/bc</c>).</summary>
    internal static string CommonPrefix(IReadOnlyCollection<DependencyKey> keys)
    {
        var names = keys.Select(key => key.Name).ToList();
        if (names.Count == 0)
        {
            return "";
        }

        var prefix = names[0];
        foreach (var name in names.Skip(1))
        {
            var length = 0;
            while (length < prefix.Length && length < name.Length && prefix[length] == name[length])
            {
                length++;
            }

            prefix = prefix[..length];
        }

        return prefix;
    }

    private void OnAnswer(FeedAnswer<IReadOnlyList<KvPair>> answer)
    {
        lock (_gate)
        {
            var next = answer.Value.ToDictionary(pair => pair.Key, StringComparer.Ordinal);
            var changed = next.Where(pair => !_entries.TryGetValue(pair.Key, out var old) || old.ModifyIndex != pair.Value.ModifyIndex)
                .Select(pair => pair.Key)
                .Concat(_entries.Keys.Where(key => !next.ContainsKey(key)))
                .ToList();
            _entries = next;
            _last = answer.Value;
            var first = !_answered || answer.Change == IndexChange.WentBackwards;
            _answered = true;
            foreach (var key in _keys.Where(key => first || changed.Any(name => Concerns(key, name))))
            {
                _context.Store.Publish(key, DataOf(key));
            }
        }
    }

    private void OnError(string? error)
    {
        foreach (var key in _keys)
        {
            if (error is null)
            {
                _context.Store.Recover(key);
            }
            else
            {
                _context.Store.Fail(key, error);
            }
        }
    }

    private static bool Concerns(DependencyKey key, string name) => key.Kind == DependencyKind.Key
        ? string.Equals(key.Name, name, StringComparison.Ordinal)
        : name.StartsWith(key.Name, StringComparison.Ordinal);

    private Dependencies.Data.DependencyData DataOf(DependencyKey key) => key.Kind == DependencyKind.Key
        ? ConsulDataMapper.Key(_entries.GetValueOrDefault(key.Name))
        : ConsulDataMapper.KeyPrefix(key.Name, _last);
}

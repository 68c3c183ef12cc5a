using System.Collections;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// A template object: string keys in insertion order (Scriban prints and iterates members in the
/// order they were added). Members can be marked read-only, as the <c>readonly</c> statement does.
/// Members live in insertion-ordered arrays with each key's hash code beside it: small objects
/// (most model objects) are searched by scanning the hashes, with the hash of a member name
/// computed once at parse time; larger objects also get a dictionary index.
/// </summary>
public class ScriptObject : IEnumerable<KeyValuePair<string, object?>>
{
    private const int ScanLimit = 8;

    private Dictionary<string, int>? _index;
    private string[] _keys;
    private object?[] _values;
    private int[] _hashes;
    private int _count;
    private HashSet<string>? _readOnly;

    public ScriptObject()
        : this(4)
    {
    }

    public ScriptObject(int capacity)
    {
        capacity = Math.Max(capacity, 1);
        _keys = new string[capacity];
        _values = new object?[capacity];
        _hashes = new int[capacity];
    }

    public int Count => _count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _keys[i];
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _values[i];
            }
        }
    }

    /// <summary>Gets a member (null when absent) or sets it, ignoring the read-only mark (host access).</summary>
    public object? this[string key]
    {
        get
        {
            var i = Find(key, HashOf(key));
            return i >= 0 ? _values[i] : null;
        }

        set => Set(key, value);
    }

    public bool ContainsKey(string key) => Find(key, HashOf(key)) >= 0;

    public bool TryGetValue(string key, out object? value) => TryGetValue(key, HashOf(key), out value);

    /// <summary>Lookup with the key's hash already known (<see cref="HashOf"/>), as member names in the syntax tree have it.</summary>
    internal bool TryGetValue(string key, int hash, out object? value)
    {
        var i = Find(key, hash);
        if (i >= 0)
        {
            value = _values[i];
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The hash code members are stored under (stable within the process).</summary>
    internal static int HashOf(string key) => key.GetHashCode(StringComparison.Ordinal);

    /// <summary>The member at a position in insertion order.</summary>
    public KeyValuePair<string, object?> GetAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        return new KeyValuePair<string, object?>(_keys[index], _values[index]);
    }

    public bool Remove(string key)
    {
        var removed = Find(key, HashOf(key));
        if (removed < 0)
        {
            return false;
        }

        _readOnly?.Remove(key);
        _count--;
        Array.Copy(_keys, removed + 1, _keys, removed, _count - removed);
        Array.Copy(_values, removed + 1, _values, removed, _count - removed);
        Array.Copy(_hashes, removed + 1, _hashes, removed, _count - removed);
        _keys[_count] = null!;
        _values[_count] = null;
        _index = null;
        BuildIndexIfLarge();
        return true;
    }

    public void Clear()
    {
        _index = null;
        Array.Clear(_keys, 0, _count);
        Array.Clear(_values, 0, _count);
        _count = 0;
        _readOnly = null;
    }

    public bool IsReadOnly(string key) => _readOnly is not null && _readOnly.Contains(key);

    public void SetReadOnly(string key, bool readOnly)
    {
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }
        else
        {
            _readOnly?.Remove(key);
        }
    }

    /// <summary>Sets a member the way a template assignment does; false when the member is read-only.</summary>
    public bool TrySetValue(string key, object? value)
    {
        if (IsReadOnly(key))
        {
            return false;
        }

        Set(key, value);
        return true;
    }

    /// <summary>Adds or replaces a function member (a host function is just a member holding an <see cref="IScriptFunction"/>).</summary>
    public void SetFunction(string name, IScriptFunction function) => Set(name, function);

    /// <summary>Copies every member (values are shared, not cloned) into <paramref name="target"/>.</summary>
    public void CopyTo(ScriptObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < _count; i++)
        {
            target[_keys[i]] = _values[i];
        }
    }

    /// <summary>A shallow copy; <paramref name="deep"/> also copies nested objects and arrays.</summary>
    public virtual ScriptObject Clone(bool deep)
    {
        var copy = new ScriptObject(_count);
        for (var i = 0; i < _count; i++)
        {
            copy[_keys[i]] = deep ? ScriptValue.DeepClone(_values[i]) : _values[i];
        }

        if (_readOnly is not null)
        {
            copy._readOnly = new HashSet<string>(_readOnly, StringComparer.Ordinal);
        }

        return copy;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ScriptValue.ToText(this);

    private int Find(string key, int hash)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? found : -1;
        }

        var hashes = _hashes;
        var keys = _keys;
        for (var i = 0; i < _count; i++)
        {
            if (hashes[i] == hash && (ReferenceEquals(keys[i], key) || string.Equals(keys[i], key, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private void Set(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = HashOf(key);
        var i = Find(key, hash);
        if (i >= 0)
        {
            _values[i] = value;
            return;
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
        }

        _keys[_count] = key;
        _values[_count] = value;
        _hashes[_count] = hash;
        _index?.Add(key, _count);
        _count++;
        BuildIndexIfLarge();
    }

    private void BuildIndexIfLarge()
    {
        if (_index is not null || _count <= ScanLimit)
        {
            return;
        }

        _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
        for (var j = 0; j < _count; j++)
        {
            _index[_keys[j]] = j;
        }
    }
}

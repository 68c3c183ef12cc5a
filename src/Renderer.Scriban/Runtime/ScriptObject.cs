using System.Collections;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// A template object: string keys in insertion order (Scriban prints and iterates members in the
/// order they were added). Members can be marked read-only, as the <c>readonly</c> statement does.
/// </summary>
public class ScriptObject : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly OrderedDictionary<string, object?> _members;
    private HashSet<string>? _readOnly;

    public ScriptObject() => _members = new OrderedDictionary<string, object?>(StringComparer.Ordinal);

    public ScriptObject(int capacity) => _members = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);

    public int Count => _members.Count;

    public IEnumerable<string> Keys => _members.Keys;

    public IEnumerable<object?> Values => _members.Values;

    /// <summary>Gets a member (null when absent) or sets it, ignoring the read-only mark (host access).</summary>
    public object? this[string key]
    {
        get => _members.TryGetValue(key, out var value) ? value : null;
        set => _members[key] = value;
    }

    public bool ContainsKey(string key) => _members.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => _members.TryGetValue(key, out value);

    /// <summary>The member at a position in insertion order.</summary>
    public KeyValuePair<string, object?> GetAt(int index) => _members.GetAt(index);

    public bool Remove(string key)
    {
        _readOnly?.Remove(key);
        return _members.Remove(key);
    }

    public void Clear()
    {
        _members.Clear();
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

        _members[key] = value;
        return true;
    }

    /// <summary>Adds or replaces a function member (a host function is just a member holding an <see cref="IScriptFunction"/>).</summary>
    public void SetFunction(string name, IScriptFunction function) => _members[name] = function;

    /// <summary>Copies every member (values are shared, not cloned) into <paramref name="target"/>.</summary>
    public void CopyTo(ScriptObject target)
    {
        foreach (var pair in _members)
        {
            target[pair.Key] = pair.Value;
        }
    }

    /// <summary>A shallow copy; <paramref name="deep"/> also copies nested objects and arrays.</summary>
    public virtual ScriptObject Clone(bool deep)
    {
        var copy = new ScriptObject(_members.Count);
        foreach (var pair in _members)
        {
            copy[pair.Key] = deep ? ScriptValue.DeepClone(pair.Value) : pair.Value;
        }

        if (_readOnly is not null)
        {
            copy._readOnly = new HashSet<string>(_readOnly, StringComparer.Ordinal);
        }

        return copy;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ScriptValue.ToText(this);
}

using System.Collections;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// A template array: a list of values that can also carry named members (<c>a.x = "yes"</c>).
/// Setting an index past the end grows the array with nulls, as Scriban does.
/// </summary>
public sealed class ScriptArray : IList<object?>, IReadOnlyList<object?>, IList
{
    private readonly List<object?> _items;
    private ScriptObject? _members;

    public ScriptArray() => _items = [];

    public ScriptArray(int capacity) => _items = new List<object?>(capacity);

    public ScriptArray(IEnumerable<object?> items) => _items = [.. items];

    public int Count => _items.Count;

    public bool IsReadOnly => false;

    bool IList.IsFixedSize => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    /// <summary>Named members attached to the array (null until one is set).</summary>
    public ScriptObject? Members => _members;

    public ScriptObject GetOrCreateMembers() => _members ??= new ScriptObject();

    public object? this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>Template indexing: negative counts from the end, out of range reads null.</summary>
    public object? GetAtOrNull(int index)
    {
        if (index < 0)
        {
            index += _items.Count;
        }

        return (uint)index < (uint)_items.Count ? _items[index] : null;
    }

    /// <summary>Template assignment by index: negative counts from the end, past the end pads with nulls.</summary>
    public void SetAtGrowing(int index, object? value)
    {
        if (index < 0)
        {
            index += _items.Count;
            if (index < 0)
            {
                return;
            }
        }

        while (_items.Count <= index)
        {
            _items.Add(null);
        }

        _items[index] = value;
    }

    public void Add(object? item) => _items.Add(item);

    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);

    public void Insert(int index, object? item) => _items.Insert(index, item);

    public void RemoveAt(int index) => _items.RemoveAt(index);

    public bool Remove(object? item) => _items.Remove(item);

    public void Clear() => _items.Clear();

    public bool Contains(object? item) => _items.Contains(item);

    public int IndexOf(object? item) => _items.IndexOf(item);

    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public List<object?>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    int IList.Add(object? value)
    {
        _items.Add(value);
        return _items.Count - 1;
    }

    void IList.Remove(object? value) => _items.Remove(value);

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    public override string ToString() => ScriptValue.ToText(this);
}

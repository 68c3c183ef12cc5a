using System.Collections;

namespace Renderer.Scriban.Runtime;

/// <summary>
/// The lazy integer sequence of <c>a..b</c> (inclusive) or <c>a..&lt;b</c> (exclusive); counts down
/// when <c>a &gt; b</c>. <c>typeof</c> calls it an iterator.
/// </summary>
public sealed class ScriptRange : IReadOnlyList<object?>, IList
{
    public ScriptRange(long from, long to, bool exclusive)
    {
        From = from;
        To = to;
        Exclusive = exclusive;
        var distance = Math.Abs(to - from);
        Count = (int)Math.Min(int.MaxValue, exclusive ? distance : distance + 1);
    }

    public long From { get; }

    public long To { get; }

    public bool Exclusive { get; }

    public int Count { get; }

    private int Step => To >= From ? 1 : -1;

    public object? this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ScriptValue.FromLong(From + ((long)index * Step));
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        var step = Step;
        var value = From;
        for (var i = 0; i < Count; i++, value += step)
        {
            yield return ScriptValue.FromLong(value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    object? IList.this[int index]
    {
        get => this[index];
        set => throw new NotSupportedException("A range is read-only.");
    }

    int IList.Add(object? value) => throw new NotSupportedException("A range is read-only.");

    void IList.Clear() => throw new NotSupportedException("A range is read-only.");

    bool IList.Contains(object? value) => ((IList)this).IndexOf(value) >= 0;

    int IList.IndexOf(object? value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Equals(this[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    void IList.Insert(int index, object? value) => throw new NotSupportedException("A range is read-only.");

    void IList.Remove(object? value) => throw new NotSupportedException("A range is read-only.");

    void IList.RemoveAt(int index) => throw new NotSupportedException("A range is read-only.");

    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++)
        {
            array.SetValue(this[i], index + i);
        }
    }

    public override string ToString() => ScriptValue.ToText(this);
}

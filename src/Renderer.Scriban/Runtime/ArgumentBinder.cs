namespace Renderer.Scriban.Runtime;

/// <summary>
/// Collects call arguments by position. Named arguments land at their parameter's position (gaps
/// are marked missing); names a variadic function does not declare are kept by name only.
/// </summary>
internal struct ArgumentBinder(IScriptFunction function, int capacity)
{
    private object?[] _values = new object?[Math.Max(capacity, function.ParameterNames.Count)];

    public readonly object?[] Values => _values;

    public int Count { get; private set; }

    /// <summary>Bit i set: argument i was not given (only the first 64 positions are tracked).</summary>
    public ulong Missing { get; private set; }

    public Dictionary<string, object?>? Named { get; private set; }

    public void AddPositional(object? value) => Store(Count, value);

    /// <summary>Adds a named argument; returns its position, or -1 when it is kept by name only.</summary>
    public int AddNamed(string name, object? value)
    {
        (Named ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        var index = IndexOf(name);
        if (index < 0)
        {
            if (function.MaxArgs < 0)
            {
                return -1;
            }

            index = Count;
        }

        Store(index, value);
        return index;
    }

    /// <summary>How many of the first <paramref name="required"/> positions were given.</summary>
    public readonly int CountProvided(int required)
    {
        var provided = 0;
        for (var i = 0; i < required && i < Count; i++)
        {
            if (i >= 64 || (Missing & (1UL << i)) == 0)
            {
                provided++;
            }
        }

        return provided;
    }

    private readonly int IndexOf(string name)
    {
        var names = function.ParameterNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Store(int index, object? value)
    {
        if (index >= _values.Length)
        {
            Array.Resize(ref _values, Math.Max(index + 1, _values.Length * 2));
        }

        for (var i = Count; i < index; i++)
        {
            if (i < 64)
            {
                Missing |= 1UL << i;
            }
        }

        if (index < 64)
        {
            Missing &= ~(1UL << index);
        }

        _values[index] = value;
        if (index >= Count)
        {
            Count = index + 1;
        }
    }
}

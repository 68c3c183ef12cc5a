namespace Renderer.Scriban.Runtime;

/// <summary>
/// The variables bound by one running loop (usually just its loop variable). A tiny linear map:
/// loops bind one or two names, so this beats a dictionary.
/// </summary>
internal sealed class LoopVariables
{
    private string?[] _names = new string?[2];
    private object?[] _values = new object?[2];
    private int _count;

    public bool TryGetValue(string name, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public void Set(string name, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                _values[i] = value;
                return;
            }
        }

        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _names[_count] = name;
        _values[_count] = value;
        _count++;
    }
}

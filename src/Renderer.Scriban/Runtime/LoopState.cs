namespace Renderer.Scriban.Runtime;

/// <summary>The <c>for</c>/<c>while</c>/<c>tablerow</c> object of the innermost loop (<c>for.index</c>, <c>for.last</c>…).</summary>
internal sealed class LoopState
{
    private object? _previous;

    public int Index { get; private set; }

    /// <summary>Number of items after offset/limit; -1 for while loops.</summary>
    public int Length { get; init; } = -1;

    public bool Changed { get; private set; }

    /// <summary>0-based column of a tablerow cell; -1 outside tablerow.</summary>
    public int Column { get; set; } = -1;

    public int Columns { get; set; } = 1;

    public void Step(int index, object? item)
    {
        Changed = index == 0 || !Equals(_previous, item);
        _previous = item;
        Index = index;
    }

    public bool TryGetMember(string name, out object? value)
    {
        value = name switch
        {
            "index" => ScriptValue.Box(Index),
            "first" => ScriptValue.Box(Index == 0),
            "even" => ScriptValue.Box((Index & 1) == 0),
            "odd" => ScriptValue.Box((Index & 1) == 1),
            "last" => ScriptValue.Box(Index == Length - 1),
            "length" => ScriptValue.Box(Length),
            "rindex" => ScriptValue.Box(Length - Index - 1),
            "changed" => ScriptValue.Box(Changed),
            "col" or "col0" when Column >= 0 => ScriptValue.Box(Column),
            "col_first" when Column >= 0 => ScriptValue.Box(Column == 0),
            "col_last" when Column >= 0 => ScriptValue.Box((Index + 1) % Columns == 0),
            _ => null,
        };
        return value is not null;
    }
}

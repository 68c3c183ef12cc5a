namespace Renderer.Core.Snapshots.Json;

/// <summary>The input is not JSON; carries where, in the form <see cref="LineMap"/> resolves.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, string path, int line, int column)
        : base(message)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }
}

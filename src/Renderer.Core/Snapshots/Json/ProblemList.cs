using System.Collections.Immutable;

namespace Renderer.Core.Snapshots.Json;

/// <summary>Collects problems while a catalog file is bound, so that all of them are reported at once.</summary>
internal sealed class ProblemList(LineMap lines)
{
    private readonly List<CatalogFileProblem> _problems = [];

    public bool IsEmpty => _problems.Count == 0;

    public LineMap Lines => lines;

    public void Add(int offset, string path, string message)
    {
        var (line, column) = lines.Locate(offset);
        _problems.Add(new CatalogFileProblem(path, line, column, message));
    }

    /// <summary>"line 3, column 7" for a message that points back at an earlier place.</summary>
    public string PlaceOf(int offset)
    {
        var (line, column) = lines.Locate(offset);
        return $"line {line}, column {column}";
    }

    /// <summary>The problems by position; a stable sort keeps the binding order of problems at one place.</summary>
    public ImmutableArray<CatalogFileProblem> Sorted() =>
        [.. _problems.OrderBy(problem => problem.Line).ThenBy(problem => problem.Column)];
}

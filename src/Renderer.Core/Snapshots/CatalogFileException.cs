using System.Collections.Immutable;
using Renderer.Core.Catalog;

namespace Renderer.Core.Snapshots;

/// <summary>A catalog file could not be read; <see cref="Problems"/> lists every problem found, in file order.</summary>
public sealed class CatalogFileException : CatalogException
{
    /// <summary>Creates the exception; the message lists every problem.</summary>
    public CatalogFileException(string filePath, ImmutableArray<CatalogFileProblem> problems)
        : base(Describe(filePath, problems))
    {
        FilePath = filePath;
        Problems = problems;
    }

    /// <summary>The file as it was named to the reader.</summary>
    public string FilePath { get; }

    /// <summary>The problems, sorted by position.</summary>
    public ImmutableArray<CatalogFileProblem> Problems { get; }

    private static string Describe(string filePath, ImmutableArray<CatalogFileProblem> problems)
    {
        var count = problems.Length == 1 ? "1 problem" : $"{problems.Length} problems";
        var lines = problems.Select(problem => "  " + problem.Format(filePath));
        return $"Catalog file \"{filePath}\" has {count} (format: docs/catalog-format.md):{Environment.NewLine}" +
            string.Join(Environment.NewLine, lines);
    }
}

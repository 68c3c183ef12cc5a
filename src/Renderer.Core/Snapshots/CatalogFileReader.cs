using System.Text;
using Renderer.Core.Catalog;
using Renderer.Core.Snapshots.Json;

namespace Renderer.Core.Snapshots;

/// <summary>
/// Reads a catalog file (docs/catalog-format.md) into a <see cref="CatalogSnapshot"/>. Every problem is reported
/// at once, each with the file, JSON path, line and column.
/// </summary>
public static class CatalogFileReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="CatalogFileException">The file is not a valid catalog.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<CatalogSnapshot> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, path);
    }

    /// <summary>Parses catalog JSON text; <paramref name="filePath"/> names the source in problems.</summary>
    /// <exception cref="CatalogFileException">The text is not a valid catalog.</exception>
    public static CatalogSnapshot Parse(string json, string filePath)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), filePath);
    }

    /// <summary>Parses UTF-8 catalog JSON (a leading byte order mark is skipped).</summary>
    /// <exception cref="CatalogFileException">The bytes are not a valid catalog.</exception>
    public static CatalogSnapshot Parse(ReadOnlyMemory<byte> utf8, string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var text = utf8.Span.StartsWith(ByteOrderMark) ? utf8[ByteOrderMark.Length..] : utf8;
        var lines = new LineMap(text);
        LocatedJson root;
        try
        {
            root = LocatedJsonParser.Parse(text, lines);
        }
        catch (JsonSyntaxException exception)
        {
            throw new CatalogFileException(
                filePath, [new CatalogFileProblem(exception.Path, exception.Line, exception.Column, exception.Message)]);
        }

        var problems = new ProblemList(lines);
        var snapshot = new CatalogFileBinder(problems).Bind(root);
        return problems.IsEmpty ? snapshot : throw new CatalogFileException(filePath, problems.Sorted());
    }
}

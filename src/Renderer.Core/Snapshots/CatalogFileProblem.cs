using System.Globalization;

namespace Renderer.Core.Snapshots;

/// <summary>One problem in a catalog file.</summary>
/// <param name="JsonPath">Where in the document, e.g. <c>$.nodes[0].services[1].port</c>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in characters.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record CatalogFileProblem(string JsonPath, int Line, int Column, string Message)
{
    /// <summary>The problem as a compiler-style line: <c>file(line,column): error: path: message</c>.</summary>
    public string Format(string filePath) =>
        string.Create(CultureInfo.InvariantCulture, $"{filePath}({Line},{Column}): error: {JsonPath}: {Message}");
}

using System.Text;
using Renderer.Core.Snapshots;

namespace Renderer.Core.Tests.Snapshots;

public sealed class CatalogFileSyntaxProblemTests
{
    [Fact]
    public void A_syntax_error_names_the_file_line_column_and_json_path()
    {
        var error = Fail("""
            {
              "nodes": [
                { "node": "n1" "address": "10.0.0.1" }
              ]
            }
            """);

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("$.nodes[0]", 3, 20), (problem.JsonPath, problem.Line, problem.Column));
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("Catalog file \"test.json\" has 1 problem", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json(3,20): error: $.nodes[0]: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        // "ü" and "服" take 2 and 3 bytes in UTF-8 but one column each.
        var problem = Single("""{ "kv": { "ü/服": 1 } }""");

        Assert.Equal((1, 18), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_syntax_error_after_multibyte_text_is_placed_in_characters_too()
    {
        var problem = Single("{ \"kv\": { \"ü\": \"服\" x } }");

        Assert.Equal((1, 20), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var problem = Single("");

        Assert.Equal(("$", 1, 1), (problem.JsonPath, problem.Line, problem.Column));
    }

    [Fact]
    public void Text_after_the_catalog_object_is_reported()
    {
        var problem = Single("{}\n{}");

        Assert.Equal((2, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_position()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"datacenter\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\" }")];

        var problem = Assert.Single(Assert.Throws<CatalogFileException>(() => CatalogFileReader.Parse(bytes, "bin.json")).Problems);

        Assert.Equal((2, 18, "The file is not valid UTF-8 text."), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_reported()
    {
        Assert.Equal("expected an object, found an array", Single("[]").Message);
    }

    private static CatalogFileException Fail(string json) =>
        Assert.Throws<CatalogFileException>(() => CatalogFileReader.Parse(json, "test.json"));

    private static CatalogFileProblem Single(string json) => Assert.Single(Fail(json).Problems);
}

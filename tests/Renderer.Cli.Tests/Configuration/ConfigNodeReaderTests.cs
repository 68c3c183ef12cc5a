using System.Text;
using Renderer.Cli.Configuration.Json;

namespace Renderer.Cli.Tests.Configuration;

public sealed class ConfigNodeReaderTests
{
    private static ConfigNode Read(string json)
    {
        Assert.True(ConfigNodeReader.TryRead(Encoding.UTF8.GetBytes(json), out var root, out _, out var error), error);
        return root;
    }

    private static (TextPosition Position, string Error) ReadError(string json)
    {
        Assert.False(ConfigNodeReader.TryRead(Encoding.UTF8.GetBytes(json), out _, out var position, out var error));
        return (position, error);
    }

    [Fact]
    public void Keys_and_values_carry_their_line_and_column()
    {
        var root = (ConfigObject)Read("{\n  \"once\": true,\n  \"templates\": [\n    {\"source\": \"a\"}\n  ]\n}");

        var once = root.Properties[0];
        Assert.Equal(new TextPosition(2, 3), once.NamePosition);
        Assert.Equal(new TextPosition(2, 11), once.Value.Position);
        var template = (ConfigObject)((ConfigArray)root.Properties[1].Value).Items[0];
        Assert.Equal(new TextPosition(4, 5), template.Position);
        Assert.Equal(new TextPosition(4, 16), template.Properties[0].Value.Position);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        var root = (ConfigObject)Read("{\"é\": \"ü\", \"x\": 1}");
        Assert.Equal(new TextPosition(1, 12), root.Properties[1].NamePosition);
    }

    [Fact]
    public void Scalars_keep_their_kind_and_text()
    {
        var root = (ConfigObject)Read("{\"s\": \"a\\\"b\", \"n\": 1.50, \"b\": false, \"z\": null}");
        Assert.Equal(
            [
                new ConfigScalar(new TextPosition(1, 7), ConfigScalarKind.String, "a\"b"),
                new ConfigScalar(new TextPosition(1, 20), ConfigScalarKind.Number, "1.50"),
                new ConfigScalar(new TextPosition(1, 31), ConfigScalarKind.Boolean, "false"),
                new ConfigScalar(new TextPosition(1, 43), ConfigScalarKind.Null, "null"),
            ],
            root.Properties.Select(p => p.Value));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var root = (ConfigObject)Read("// renderer\n{\n  /* the site */ \"once\": true, // yes\n  \"dry\": false,\n}\n");
        Assert.Equal(["once", "dry"], root.Properties.Select(p => p.Name));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"once\": true}")).ToArray();
        Assert.True(ConfigNodeReader.TryRead(bytes, out var root, out _, out _));
        Assert.Equal(new TextPosition(1, 2), ((ConfigObject)root).Properties[0].NamePosition);
    }

    [Fact]
    public void Duplicate_keys_are_kept_for_the_binder_to_report()
    {
        var root = (ConfigObject)Read("{\"once\": true, \"once\": false}");
        Assert.Equal(2, root.Properties.Count);
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        var (position, error) = ReadError("{\n  \"once\": true,\n  \"dry\": }\n");
        Assert.Equal(new TextPosition(3, 10), position);
        Assert.StartsWith("invalid JSON: '}' is an invalid start of a value.", error);
        Assert.DoesNotContain("LineNumber", error);
    }

    [Fact]
    public void An_unterminated_object_is_a_syntax_error()
    {
        var (_, error) = ReadError("{\"once\": true");
        Assert.StartsWith("invalid JSON:", error);
    }

    [Fact]
    public void Content_after_the_root_value_is_a_syntax_error()
    {
        var (position, error) = ReadError("{}\n{}");
        Assert.Equal(2, position.Line);
        Assert.StartsWith("invalid JSON:", error);
    }

    [Fact]
    public void An_empty_file_is_an_error_that_shows_the_expected_shape()
    {
        var (_, error) = ReadError("  \n");
        Assert.Equal("the file is empty; a config file is a JSON object, e.g. {\"templates\": [...]}", error);
    }
}

namespace Renderer.Templates.Tests.Hostile;

/// <summary>The shape comparison the fuzz relies on: it must see every kind of injection, and only injections.</summary>
public sealed class NginxStructureTests
{
    private const string Benign = "upstream web {\n    server 10.0.0.1:80 weight=1;\n}\nserver {\n    listen 80;\n    server_name web.example.com;\n}\n";

    [Theory]
    [InlineData("upstream other {\n    server [2001:db8::1]:8080 weight=5;\n}\nserver {\n    listen 127.0.0.1:81;\n    server_name x.test;\n}\n")]
    [InlineData("server {\n    server_name web.example.com;\n    listen 80;\n}\nupstream web {\n    server 10.0.0.1:80 weight=1;\n}\n")]
    [InlineData("upstream w\\;b {\n    server 10.0.0.1:80 weight=1;\n}\nserver {\n    listen 80;\n    server_name ${x}y;\n}\n")]
    public void Values_and_order_do_not_change_the_shape(string configuration)
    {
        Assert.Equal(NginxStructure.Of(Benign), NginxStructure.Of(configuration));
    }

    [Theory]
    [InlineData("web; deny all", "an extra directive")]
    [InlineData("web {\n}\nserver { listen 9; }\nupstream x", "an extra block")]
    [InlineData("web\n# hidden", "a comment")]
    [InlineData("web\n#", "an empty comment")]
    [InlineData("\"web\" ", "a quoted argument")]
    [InlineData("web extra", "an extra argument")]
    public void An_injected_value_changes_the_shape(string name, string what)
    {
        var injected = Benign.Replace("upstream web {", $"upstream {name} {{", StringComparison.Ordinal);

        Assert.True(Differs(injected), $"{what} went unnoticed:\n{injected}");
    }

    [Theory]
    [InlineData("upstream web {\n    server 10.0.0.1:80;\n")]
    [InlineData("upstream web {\n    server 10.0.0.1:80\n}\n")]
    [InlineData("}\n")]
    [InlineData("server \"unterminated;\n")]
    [InlineData("server \"a\"b;\n")]
    public void Text_nginx_could_not_read_is_reported(string configuration)
    {
        Assert.Throws<NginxStructureException>(() => NginxStructure.Of(configuration));
    }

    [Fact]
    public void A_comment_between_arguments_is_part_of_the_shape()
    {
        Assert.True(Differs(Benign.Replace("listen 80;", "listen 80 # x\n;", StringComparison.Ordinal)));
    }

    [Fact]
    public void Nginx_syntax_is_only_special_where_a_token_starts()
    {
        // nginx reads `a#b` and `a}b` as words, `${host}` as one word, and ends a word at ';' and '{'.
        var tokens = NginxTokenizer.Tokenize("x a#b a}b ${host} 'q;' c;d{");

        Assert.Equal(
            ["x", "a#b", "a}b", "${host}", "q;", "c", ";", "d", "{"],
            tokens.Select(token => token.Text));
        Assert.Equal(NginxTokenKind.Quoted, tokens[4].Kind);
    }

    // The fuzz counts text it cannot read as an injection too, so either outcome is a detection.
    private static bool Differs(string configuration)
    {
        try
        {
            return NginxStructure.Of(configuration) != NginxStructure.Of(Benign);
        }
        catch (NginxStructureException)
        {
            return true;
        }
    }
}

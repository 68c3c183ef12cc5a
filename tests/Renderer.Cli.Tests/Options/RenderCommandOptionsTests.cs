using System.CommandLine;
using System.Text.RegularExpressions;
using Renderer.Cli.Options;

namespace Renderer.Cli.Tests.Options;

public sealed class RenderCommandOptionsTests
{
    private readonly RenderCommandOptions _options = new();
    private readonly RootCommand _root;

    public RenderCommandOptionsTests()
    {
        var render = new Command("render", "Render templates.");
        _options.AddTo(render);
        _root = new RootCommand("renderer") { render };
    }

    public static TheoryData<string, string> ValueOptions => new()
    {
        { "config", "renderer.json" },
        { "wait", "2s:10s" },
        { "consul-addr", "127.0.0.1:8500" },
        { "token", "t" },
        { "consul-token", "t" },
        { "log-level", "debug" },
        { "catalog", "catalog.json" },
        { "loop-limit", "10" },
    };

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public void Value_options_accept_the_single_and_the_double_dash_spelling(string name, string value)
    {
        foreach (var spelling in new[] { "-" + name, "--" + name })
        {
            var result = _root.Parse(["render", spelling, value]);
            Assert.Empty(result.Errors);
            var option = _options.All.Single(o => o.Name == "--" + name || o.Aliases.Contains("--" + name));
            Assert.Equal(value, result.GetValue((Option<string?>)option));
        }
    }

    [Theory]
    [InlineData("once")]
    [InlineData("dry")]
    [InlineData("diff")]
    public void Switches_accept_the_single_and_the_double_dash_spelling(string name)
    {
        foreach (var spelling in new[] { "-" + name, "--" + name })
        {
            var result = _root.Parse(["render", spelling]);
            Assert.Empty(result.Errors);
            Assert.True(result.GetValue((Option<bool>)_options.All.Single(o => o.Name == "--" + name)));
        }
    }

    [Fact]
    public void A_switch_accepts_an_explicit_false_as_go_flags_do()
    {
        var result = _root.Parse(["render", "-once=false"]);
        Assert.Empty(result.Errors);
        Assert.False(result.GetValue(_options.Once));
        Assert.NotNull(result.GetResult(_options.Once));
    }

    [Fact]
    public void Go_style_name_equals_value_is_accepted()
    {
        var result = _root.Parse(["render", "-wait=5s:10s", "--template=a.tmpl:b.conf:nginx -s reload"]);
        Assert.Empty(result.Errors);
        Assert.Equal("5s:10s", result.GetValue(_options.Wait));
        Assert.Equal(["a.tmpl:b.conf:nginx -s reload"], result.GetValue(_options.Templates)!);
    }

    [Fact]
    public void Template_and_var_are_repeatable_in_either_spelling()
    {
        var result = _root.Parse(["render", "-template", "a:b", "--template", "c:d:cmd", "-var", "x=1", "--var", "y=2"]);
        Assert.Empty(result.Errors);
        Assert.Equal(["a:b", "c:d:cmd"], result.GetValue(_options.Templates)!);
        Assert.Equal(["x=1", "y=2"], result.GetValue(_options.Variables)!);
    }

    [Fact]
    public void Template_takes_one_value_per_occurrence_like_go_flags()
    {
        var result = _root.Parse(["render", "-template", "a:b", "c:d"]);
        Assert.Contains(result.Errors, error => error.Message.Contains("'c:d'", StringComparison.Ordinal));
    }

    [Fact]
    public void No_short_forms_are_invented()
    {
        var aliases = _options.All.SelectMany(o => o.Aliases.Append(o.Name)).ToArray();
        Assert.All(aliases, alias => Assert.Matches("^--?[a-z][a-z-]+$", alias));
        Assert.DoesNotContain(aliases, alias => alias.Length <= 3);
    }

    [Fact]
    public void Every_option_has_both_spellings_of_each_name()
    {
        foreach (var option in _options.All)
        {
            var spellings = option.Aliases.Append(option.Name).ToHashSet();
            foreach (var name in spellings.Select(s => s.TrimStart('-')))
            {
                Assert.Contains("-" + name, spellings);
                Assert.Contains("--" + name, spellings);
            }
        }
    }

    [Fact]
    public void The_shared_subset_is_what_check_and_snapshot_take()
    {
        var check = new Command("check");
        _options.AddSharedTo(check);
        Assert.Equal(
            ["--config", "--template", "--consul-addr", "--token", "--var", "--log-level", "--catalog"],
            check.Options.Select(o => o.Name));
    }

    [Fact]
    public void Help_lists_every_spelling_of_every_option_with_its_default()
    {
        var help = Normalize(RenderHelp());

        foreach (var option in _options.All)
        {
            foreach (var spelling in option.Aliases.Append(option.Name))
            {
                Assert.Matches($@"(^|[\s,(]){Regex.Escape(spelling)}([\s,.<]|$)", help);
            }
            Assert.Contains("Default: ", option.Description);
            Assert.Contains(Normalize(option.Description!), help);
        }
    }

    [Theory]
    [InlineData("-template <SRC:DEST[:CMD]>")]
    [InlineData("-wait <MIN[:MAX]>")]
    [InlineData("Default: 1000000.")]
    [InlineData("Default: info.")]
    [InlineData("Default: CONSUL_HTTP_ADDR, else 127.0.0.1:8500.")]
    [InlineData("Default: 0 (render on every change).")]
    [InlineData("exit with code 3 when any differs")]
    public void Help_shows_value_names_and_defaults(string expected)
    {
        Assert.Contains(expected, Normalize(RenderHelp()));
    }

    private string RenderHelp()
    {
        var output = new StringWriter();
        var exitCode = _root.Parse(["render", "--help"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exitCode);
        return output.ToString();
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ");
}

using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>
/// The members of every group are exactly Scriban 7.2.6's (test 400-builtins lists them sorted),
/// and named arguments use Scriban's parameter names.
/// </summary>
public sealed class BuiltinNamesTests
{
    [Theory]
    [InlineData("array", "add add_range any compact concat contains cycle each filter first insert_at join last limit map offset remove_at reverse size sort uniq")]
    [InlineData("math", "abs ceil divided_by floor format is_number minus modulo plus random round times uuid")]
    [InlineData("string", "append base64_decode base64_encode capitalize capitalizewords contains downcase empty ends_with equals_ignore_case escape handleize hmac_sha1 hmac_sha256 hmac_sha512 index_of literal lstrip md5 pad_left pad_right pluralize prepend remove remove_first remove_last replace replace_first rstrip sha1 sha256 sha512 size slice slice1 split starts_with strip strip_newlines to_double to_float to_int to_long truncate truncatewords upcase whitespace")]
    [InlineData("date", "add_days add_hours add_milliseconds add_minutes add_months add_seconds add_years default_format format now parse parse_to_string to_string utc_now")]
    [InlineData("timespan", "from_days from_hours from_milliseconds from_minutes from_seconds parse zero")]
    [InlineData("regex", "escape match matches replace split unescape")]
    [InlineData("html", "escape newline_to_br strip url_encode url_escape")]
    public void Each_group_has_exactly_Scribans_members(string group, string expected)
    {
        var members = Assert.IsType<ScriptObject>(new TemplateContext().BuiltinObject[group]).Keys.Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(" ", members));
    }

    [Fact]
    public void The_object_group_has_Scribans_members_besides_the_engines_eval_functions()
    {
        var members = Assert.IsType<ScriptObject>(new TemplateContext().BuiltinObject["object"]).Keys
            .Where(name => name is not ("eval" or "eval_template"))
            .Order(StringComparer.Ordinal);
        Assert.Equal("default format from_json has_key has_value keys kind size to_json typeof values", string.Join(" ", members));
    }

    [Theory]
    [InlineData("string.slice1", "text start length")]
    [InlineData("string.slice", "text start length")]
    [InlineData("string.replace_first", "text match replace fromEnd")]
    [InlineData("string.truncate", "text length ellipsis")]
    [InlineData("string.index_of", "text search startIndex count stringComparison")]
    [InlineData("date.parse_to_string", "text output_pattern output_culture input_pattern input_culture")]
    [InlineData("date.parse", "text pattern culture")]
    [InlineData("date.to_string", "datetime pattern culture")]
    [InlineData("math.round", "value precision")]
    [InlineData("array.sort", "list member")]
    [InlineData("array.cycle", "list group")]
    [InlineData("array.join", "list delimiter function")]
    [InlineData("regex.replace", "text pattern replace options")]
    [InlineData("object.format", "value format culture")]
    public void Named_arguments_use_Scribans_parameter_names(string function, string expected)
    {
        var parameters = BuiltinCalls.Function(new TemplateContext(), function).ParameterNames;
        Assert.Equal(expected, string.Join(" ", parameters));
    }

    [Theory]
    [InlineData("array.cycle", 1, 2)]
    [InlineData("array.any", 2, -1)]
    [InlineData("string.slice1", 2, 3)]
    [InlineData("string.append", 2, 2)]
    [InlineData("math.uuid", 0, 0)]
    [InlineData("date.parse_to_string", 1, 5)]
    public void Arity_matches_the_required_and_optional_parameters(string function, int min, int max)
    {
        var target = BuiltinCalls.Function(new TemplateContext(), function);
        Assert.Equal((min, max), (target.MinArgs, target.MaxArgs));
        Assert.Equal(function, target.Name);
    }
}

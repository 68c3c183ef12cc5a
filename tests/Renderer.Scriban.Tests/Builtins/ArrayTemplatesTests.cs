using Renderer.Scriban.Runtime;
using static Renderer.Scriban.Tests.Builtins.TemplateRendering;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Every <c>array</c> function rendered from a template: documented examples verbatim, then spec §6, test 410-array and the conformance cases.</summary>
public sealed class ArrayTemplatesTests
{
    [RenderTheory]
    [InlineData("{{ [1, 2, 3] | array.add 4 }}", "[1, 2, 3, 4]")]
    [InlineData("{{ [1, 2, 3] | array.add_range [4, 5] }}", "[1, 2, 3, 4, 5]")]
    [InlineData("{{ [1, null, 3] | array.compact }}", "[1, 3]")]
    [InlineData("{{ [1, 2, 3] | array.concat [4, 5] }}", "[1, 2, 3, 4, 5]")]
    [InlineData("{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}\n{{ array.cycle ['one', 'two', 'three'] }}", "one\ntwo\nthree\none")]
    [InlineData("{{ [\" hello\", \" world\", \"20\"] | array.any @string.contains \"20\"}}\n{{ [\" hello\", \" world\", \"20\"] | array.any @string.contains \"30\"}}", "true\nfalse")]
    [InlineData("{{ [\" a\", \" 5\", \"6 \"] | array.each @string.strip }}", "[\"a\", \"5\", \"6\"]")]
    [InlineData("{{[\"\", \"200\", \"\",\"400\"] | array.filter @string.empty}}", "[\"\", \"\"]")]
    [InlineData("{{ [4, 5, 6] | array.first }}", "4")]
    [InlineData("{{ [\"a\", \"b\", \"c\"] | array.insert_at 2 \"Yo\" }}", "[\"a\", \"b\", \"Yo\", \"c\"]")]
    [InlineData("{{ [1, 2, 3] | array.join \"|\" }}", "1|2|3")]
    [InlineData("{{ [4, 5, 6] | array.last }}", "6")]
    [InlineData("{{ [4, 5, 6] | array.limit 2 }}", "[4, 5]")]
    [InlineData("{{\nproducts = [{title: \"orange\", type: \"fruit\"}, {title: \"computer\", type: \"electronics\"}, {title: \"sofa\", type: \"furniture\"}]\nproducts | array.map \"type\" | array.uniq | array.sort }}", "[\"electronics\", \"fruit\", \"furniture\"]")]
    [InlineData("{{ [4, 5, 6, 7, 8] | array.offset 2 }}", "[6, 7, 8]")]
    [InlineData("{{ [4, 5, 6, 7, 8] | array.remove_at 2 }}", "[4, 5, 7, 8]")]
    [InlineData("{{ [4, 5, 6, 7, 8] | array.remove_at (-1) }}", "[4, 5, 6, 7]")]
    [InlineData("{{ [4, 5, 6, 7] | array.reverse }}", "[7, 6, 5, 4]")]
    [InlineData("{{ [4, 5, 6] | array.size }}", "3")]
    [InlineData("{{ [10, 2, 6] | array.sort }}", "[2, 6, 10]")]
    [InlineData("{{\nproducts = [{title: \"orange\", type: \"fruit\"}, {title: \"computer\", type: \"electronics\"}, {title: \"sofa\", type: \"furniture\"}]\nproducts | array.sort \"title\" | array.map \"title\"\n}}", "[\"computer\", \"orange\", \"sofa\"]")]
    [InlineData("{{ [1, 1, 4, 5, 8, 8] | array.uniq }}", "[1, 4, 5, 8]")]
    [InlineData("{{ [1, 2, 3, 4] | array.contains 4 }}", "true")]
    public void Documented_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));

    [RenderTheory]
    [InlineData("{{ ['b','B','a','A', 'Zeta', 'alpha'] | array.sort }}|{{ ['10','9','100'] | array.sort }}|{{ [10,9,100] | array.sort }}", "[\"a\", \"A\", \"alpha\", \"b\", \"B\", \"Zeta\"]|[\"10\", \"100\", \"9\"]|[9, 10, 100]")]
    [InlineData("{{ [{a:{b:2}},{a:{b:1}}] | array.sort 'a.b' | array.map 'a' }}", "[{b: 1}, {b: 2}]")]
    [InlineData("{{1..5 | array.first}}|{{1..5 | array.last}}|{{1..5 | array.join ' | '}}|{{2..4 | array.size}}|{{4..1 | array.sort}}", "1|5|1 | 2 | 3 | 4 | 5|3|[1, 2, 3, 4]")]
    [InlineData("{{null | array.size}}|{{null | array.uniq}}|{{null | array.first}}|{{null | array.reverse}}|{{null | array.add 5}}|{{null | array.insert_at 1 5}}|{{ null | array.concat null }}", "0|||[]|[5]|[null, 5]|")]
    [InlineData("{{for x in 1..5\n    array.cycle [\"a\", \"b\", \"c\"]\nend\n}}", "abcab")]
    [InlineData("{{for x in 1..4\n    array.cycle [\"a\", \"b\", \"c\", \"d\"] \"group1\" \n    array.cycle [\"d\", \"e\"] \"group2\" \nend\n}}", "adbecdde")]
    [InlineData("{{ [1,2,3,4] | array.remove_at (-1) # use parenthesis to avoid confusion with binary operator - }}", "[1, 2, 3]")]
    [InlineData("{{ 5 | array.sort }}|{{ [1, 1.0] | array.uniq }}|{{ [1] | array.contains 1.0 }}", "[5]|[1, 1]|false")]
    [InlineData("{{ ['a', 'b'] | array.join ', ' @string.upcase }}", "A, B")]
    [InlineData("{{ {b: 1, a: 2} | array.map 'key' }}", "[\"b\", \"a\"]")]
    [InlineData("{{ [{n: 'x', w: 2}, {n: 'y', w: 1}] | array.sort 'w' | array.map 'n' | array.join ',' }}", "y,x")]
    [InlineData("{{ f(x) = x > 1; [1, 2, 3] | array.filter @f }}", "[2, 3]")]
    [InlineData("{{ [1, 2] | array.each @(do; ret $0 * 10; end) }}", "[10, 20]")]
    [InlineData("{{ [1, 2, 3] | array.filter @(do; ret $0 != 2; end) | object.typeof }}", "iterator")]
    public void Spec_and_test_suite_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template));

    [RenderFact]
    public void Tag_filtering_for_nginx_uses_contains_and_size()
    {
        var model = JsonModel.ToScriptObject("""{"services":[{"name":"web","tags":["http","v1"]},{"name":"api","tags":["grpc"]}]}""");
        const string template = "{{ for s in services }}{{ if s.tags | array.contains 'http' }}{{ s.name }}:{{ s.tags | array.size }}{{ end }}{{ end }}";
        Assert.Equal("web:2", Render(template, model));
    }

    [RenderFact]
    public void Sorting_mixed_types_is_a_positioned_error()
        => Assert.EndsWith(" : error : Failed to compare two elements in the array.", RenderError("{{ [1, 'a'] | array.sort }}"));

    [RenderFact]
    public void A_non_function_where_a_function_is_expected_suggests_the_at_sign()
        => Assert.EndsWith(" : error : The parameter `x` is not a function. Maybe prefix it with @?", RenderError("{{ [1] | array.each 'x' }}"));

    [RenderFact]
    public void Cycle_without_arguments_reports_the_expected_count()
        => Assert.EndsWith(" : error : Invalid number of arguments `0` passed to `array.cycle` while expecting `1` arguments", RenderError("{{ array.cycle }}"));
}

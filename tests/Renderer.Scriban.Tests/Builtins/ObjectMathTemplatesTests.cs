using static Renderer.Scriban.Tests.Builtins.TemplateRendering;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>Every <c>object</c> and <c>math</c> function rendered from a template (documented examples verbatim, spec §6, tests 420/450).</summary>
public sealed class ObjectMathTemplatesTests
{
    [RenderTheory]
    [InlineData("{{ undefined_var | object.default \"Yo\" }}", "Yo")]
    [InlineData("{{ 255 | object.format \"X4\" }}\n{{ 1523 | object.format \"N2\" \"en-US\" }}", "00FF\n1,523.00")]
    [InlineData("{{ product | object.has_key \"title\" }}", "true")]
    [InlineData("{{ product | object.has_value \"title\" }}", "true")]
    [InlineData("{{ product | object.keys | array.sort }}", "[\"title\", \"type\"]")]
    [InlineData("{{ [1, 2, 3] | object.size }}", "3")]
    [InlineData("{{ null | object.typeof }}\n{{ true | object.typeof }}\n{{ 1 | object.typeof }}\n{{ 1.0 | object.typeof }}\n{{ \"text\" | object.typeof }}\n{{ 1..5 | object.typeof }}\n{{ [1,2,3,4,5] | object.typeof }}\n{{ {} | object.typeof }}\n{{ object | object.typeof }}", "\nboolean\nnumber\nnumber\nstring\niterator\narray\nobject\nobject")]
    [InlineData("{{ null | object.kind }}\n{{ true | object.kind }}\n{{ 1 | object.kind }}\n{{ 1.0 | object.kind }}\n{{ \"text\" | object.kind }}\n{{ 1..5 | object.kind }}\n{{ [1,2,3,4,5] | object.kind }}\n{{ {} | object.kind }}\n{{ object | object.kind }}", "\nbool\nint\ndouble\nstring\nrange\narray\nobject\nobject")]
    [InlineData("{{ product | object.values | array.sort }}", "[\"fruit\", \"Orange\"]")]
    [InlineData("{{\n   obj = `{ \"foo\": 123 }` | object.from_json\n   obj.foo\n}}", "123")]
    [InlineData("{{ { foo: \"bar\", baz: [1, 2, 3] } | object.to_json }}\n{{ true | object.to_json }}\n{{ null | object.to_json }}", "{\"foo\":\"bar\",\"baz\":[1,2,3]}\ntrue\nnull")]
    [InlineData("{{ -15.5| math.abs }}\n{{ -5| math.abs }}", "15.5\n5")]
    [InlineData("{{ 4.6 | math.ceil }}\n{{ 4.3 | math.ceil }}", "5\n5")]
    [InlineData("{{ 8.4 | math.divided_by 2.0 | math.round 1 }}\n{{ 8.4 | math.divided_by 2 }}", "4.2\n4")]
    [InlineData("{{ 4.6 | math.floor }}\n{{ 4.3 | math.floor }}", "4\n4")]
    [InlineData("{{ 255 | math.format \"X4\" }}", "00FF")]
    [InlineData("{{ 255 | math.is_number }}\n{{ \"yo\" | math.is_number }}", "true\nfalse")]
    [InlineData("{{ 255 | math.minus 5}}", "250")]
    [InlineData("{{ 11 | math.modulo 10}}", "1")]
    [InlineData("{{ 1 | math.plus 2}}", "3")]
    [InlineData("{{ 4.6 | math.round }}\n{{ 4.3 | math.round }}\n{{ 4.5612 | math.round 2 }}", "5\n4\n4.56")]
    [InlineData("{{ 2 | math.times 3}}", "6")]
    public void Documented_examples_render_as_in_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template, ProductModel()));

    [RenderTheory]
    [InlineData("{{ null ?? 'd' }}|{{ '' | object.default 'd' }}|{{ false | object.default 'd' }}|{{ 0 | object.default 'd' }}", "d|d|false|0")]
    [InlineData("{{ 'abc'.size }}|{{ {a:1} | object.size }}|{{ \"obj\" | object.size }}|{{ 5 | object.size }}", "3|1|3|0")]
    [InlineData("{{ { a: 1, b: 2} | object.values }}|{{ { a: 1, b: 2} | object.keys }}|{{ null | object.keys }}", "[1, 2]|[\"a\", \"b\"]|[]")]
    [InlineData("{{ null | object.has_key \"member\" }}|{{ {a: null} | object.has_key 'a' }}|{{ {a: null} | object.has_value 'a' }}", "false|true|false")]
    [InlineData("{{ x = '{\"a\":[1,2.5,\"s\"],\"b\":null}' | object.from_json; x.a[1] }}|{{ x | object.to_json }}", "2.5|{\"a\":[1,2.5,\"s\"],\"b\":null}")]
    [InlineData("{{ 4.5 | math.is_number }}|{{ 4.2435 | math.format \"0.##\" }}|{{ 2.5 | math.round }}|{{ 3.5 | math.round }}", "true|4.24|2|4")]
    [InlineData("{{ 'a' | math.plus 1 }}|{{ null | math.plus 1 }}|{{ 7 | math.minus 10 }}|{{ 1.5 | math.times 2 }}", "a1||-3|3")]
    [InlineData("{{ 10 | math.divided_by 4 }}|{{ 10 | math.divided_by 4.0 }}|{{ 5 | object.kind }}|{{ 5 | math.ceil | object.kind }}", "2|2.5|int|double")]
    [InlineData("{{ x = math.random 1 10; x >= 1 && x < 10 }}|{{ math.uuid | string.size }}", "true|36")]
    public void Spec_examples_render_as_observed_on_Scriban(string template, string expected)
        => Assert.Equal(expected, Render(template, ProductModel()));

    [RenderFact]
    public void Abs_of_a_string_is_an_error_naming_the_value()
        => Assert.EndsWith(" : error : The value `x` is not a number", RenderError("{{ 'x' | math.abs }}"));
}

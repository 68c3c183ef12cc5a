using System.Numerics;
using static Renderer.Scriban.Tests.Builtins.BuiltinCalls;

namespace Renderer.Scriban.Tests.Builtins;

/// <summary>The <c>math</c> group (test 420-math, docs, spec §6).</summary>
public sealed class MathFunctionsTests
{
    [Fact]
    public void Abs_keeps_the_numeric_type_and_null()
    {
        Assert.Equal(15.5, Call("math.abs", -15.5));
        Assert.Equal(5, Call("math.abs", -5));
        Assert.Equal(5L, Call("math.abs", -5L));
        Assert.Equal(2.5m, Call("math.abs", -2.5m));
        Assert.Equal(BigInteger.Pow(10, 30), Call("math.abs", -BigInteger.Pow(10, 30)));
        Assert.Null(Call("math.abs", [null]));
    }

    [Fact]
    public void Abs_rejects_values_that_are_not_numbers()
        => Assert.Equal("The value `x` is not a number", Error("math.abs", "x"));

    [Fact]
    public void Ceil_floor_and_round_work_on_doubles_with_bankers_rounding()
    {
        Assert.Equal("5", Text("math.ceil", 4.6));
        Assert.Equal("5", Text("math.ceil", 4.3));
        Assert.Equal("4", Text("math.floor", 4.6));
        Assert.Equal("4", Text("math.floor", 4.3));
        Assert.Equal("5", Text("math.round", 4.6));
        Assert.Equal("4", Text("math.round", 4.3));
        Assert.Equal("4.56", Text("math.round", 4.5612, 2));
        Assert.Equal("2", Text("math.round", 2.5));
        Assert.Equal("4", Text("math.round", 3.5));
        Assert.Equal("5", Text("math.ceil", "4.2"));
    }

    [Fact]
    public void Arithmetic_functions_follow_the_template_operators()
    {
        Assert.Equal(3, Call("math.plus", 1, 2));
        Assert.Equal(250, Call("math.minus", 255, 5));
        Assert.Equal(6, Call("math.times", 2, 3));
        Assert.Equal(1, Call("math.modulo", 11, 10));
        Assert.Equal("a1", Call("math.plus", "a", 1));
        Assert.Null(Call("math.plus", null, 1));
        Assert.Equal(2147483648L, Call("math.plus", int.MaxValue, 1));
    }

    [Fact]
    public void Divided_by_an_integer_floors_to_an_integer()
    {
        Assert.Equal(4, Call("math.divided_by", 8.4, 2));
        Assert.Equal("4.2", Text("math.divided_by", 8.4, 2.0));
        Assert.Equal(3, Call("math.divided_by", 10, 3));
        Assert.Equal(-4, Call("math.divided_by", -7, 2));
        Assert.Equal("4.2", Text("math.round", Call("math.divided_by", 8.4, 2.0), 1));
    }

    [Fact]
    public void Format_applies_dotnet_numeric_formats_to_numbers_only()
    {
        Assert.Equal("00FF", Call("math.format", 255, "X4"));
        Assert.Equal("4.24", Call("math.format", 4.2435, "0.##"));
        Assert.Equal("The value `abc` is not a number", Error("math.format", "abc", "X4"));
    }

    [Fact]
    public void Is_number_is_true_for_every_numeric_type()
    {
        Assert.Equal(true, Call("math.is_number", 4.5));
        Assert.Equal(true, Call("math.is_number", 4));
        Assert.Equal(true, Call("math.is_number", 4m));
        Assert.Equal(false, Call("math.is_number", "toto"));
        Assert.Equal(false, Call("math.is_number", [null]));
    }

    [Fact]
    public void Random_stays_in_the_half_open_range()
    {
        for (var i = 0; i < 50; i++)
        {
            var value = Assert.IsType<int>(Call("math.random", 1, 10));
            Assert.InRange(value, 1, 9);
        }

        Assert.Equal(3, Call("math.random", 3, 4));
    }

    [Fact]
    public void Uuid_is_a_new_lower_case_guid_each_time()
    {
        var first = Assert.IsType<string>(Call("math.uuid"));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", first);
        Assert.NotEqual(first, Call("math.uuid"));
    }
}

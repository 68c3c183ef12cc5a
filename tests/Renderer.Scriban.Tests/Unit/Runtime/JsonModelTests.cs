using System.Text.Json;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Unit.Runtime;

public sealed class JsonModelTests
{
    [Fact]
    public void Json_becomes_ordered_objects_lists_and_the_narrowest_numbers()
    {
        var model = JsonModel.ToScriptObject("""{"z": 1, "a": [2147483648, 1.5, "s", true, null], "o": {}}""");

        Assert.Equal(["z", "a", "o"], model.Keys);
        Assert.IsType<int>(model["z"]);
        var list = Assert.IsType<ScriptArray>(model["a"]);
        Assert.IsType<long>(list[0]);
        Assert.IsType<double>(list[1]);
        Assert.Equal("s", list[2]);
        Assert.Equal(true, list[3]);
        Assert.Null(list[4]);
        Assert.IsType<ScriptObject>(model["o"]);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_refused()
        => Assert.Throws<JsonException>(() => JsonModel.ToScriptObject("[1]"));
}

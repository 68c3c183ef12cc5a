namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// A script object or array that contains itself must not take the engine down when it is
/// printed, converted or joined: the text form is bounded (spec §5: ObjectRecursionLimit 20,
/// LimitToString), so the run ends in output or a positioned error.
/// </summary>
public sealed class SelfReferenceTests
{
    [Theory]
    [InlineData("{{ o = {}; o.self = o; o }}")]
    [InlineData("{{ a = []; a[0] = a; a }}")]
    [InlineData("{{ o = {}; o.self = o; 'x' + o }}")]
    [InlineData("{{ o = {}; o.self = o; o | object.to_json }}")]
    [InlineData("{{ a = []; a[0] = a; a | array.join ',' }}")]
    [InlineData("{{ a = [1]; a[1] = a; a == a }}")]
    [InlineData("{{ o = {}; o.self = o; [o] | array.uniq }}")]
    public void Printing_a_self_referencing_value_ends_in_output_or_a_positioned_error(string text)
    {
        RenderOutcome? outcome = null;

        NormalStackThread.Run(() => outcome = GuardedRender.Run(text));

        Assert.NotNull(outcome);
        Assert.Null(GuardedRender.Problem(outcome));
    }
}

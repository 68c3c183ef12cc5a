using System.Text;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Nesting 10,000 levels deep must end in a clear positioned template error, not a stack overflow
/// or another crash. The work runs on a thread with the default stack size, so the engine's own
/// depth limits are what is tested.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Depth = 10_000;

    [Theory]
    [InlineData("parentheses")]
    [InlineData("if blocks")]
    [InlineData("for blocks")]
    [InlineData("while blocks")]
    [InlineData("array literals")]
    [InlineData("object literals")]
    [InlineData("pipes")]
    [InlineData("explicit calls")]
    [InlineData("unary operators")]
    [InlineData("capture blocks")]
    public void Nesting_ten_thousand_deep_fails_with_a_positioned_error(string shape)
    {
        var text = Build(shape);
        RenderOutcome? outcome = null;

        NormalStackThread.Run(() => outcome = GuardedRender.Run(text, hangGuard: TimeSpan.FromSeconds(60)));

        Assert.NotNull(outcome);
        Assert.True(outcome.Kind != RenderOutcomeKind.Rendered, $"{shape}: rendered {outcome.Text.Length} characters instead of failing");
        Assert.Null(GuardedRender.Problem(outcome));
    }

    private static string Build(string shape) => shape switch
    {
        "parentheses" => "{{ " + Repeat("(") + "1" + Repeat(")") + " }}",
        "if blocks" => Repeat("{{ if true }}") + "x" + Repeat("{{ end }}"),
        "for blocks" => Repeat("{{ for i in [1] }}") + "x" + Repeat("{{ end }}"),
        "while blocks" => Repeat("{{ while false }}") + "x" + Repeat("{{ end }}"),
        "array literals" => "{{ " + Repeat("[") + "1" + Repeat("]") + " }}",
        "object literals" => "{{ " + Repeat("{a: ") + "1" + Repeat("}") + " }}",
        "pipes" => "{{ 'a'" + Repeat(" | string.upcase") + " }}",
        "explicit calls" => "{{ " + Repeat("string.upcase(") + "'a'" + Repeat(")") + " }}",
        "unary operators" => "{{ " + Repeat("!") + "true }}",
        "capture blocks" => Repeat("{{ capture c }}") + "x" + Repeat("{{ end }}"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown nesting shape"),
    };

    private static string Repeat(string piece) => new StringBuilder(piece.Length * Depth).Insert(0, piece, Depth).ToString();
}

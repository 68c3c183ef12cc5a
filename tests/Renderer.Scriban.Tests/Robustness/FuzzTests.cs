using Renderer.Scriban.Tests.CaseFiles;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Untrusted template text must only ever fail with the engine's template errors (positioned
/// diagnostics or <c>ScriptRuntimeException</c>), never with NullReference, InvalidCast,
/// IndexOutOfRange, a hang or output past the limit. Runs on a default-size stack.
/// </summary>
public sealed class FuzzTests
{
    private const int RandomTemplates = 3000;
    private const int Seed = 20_261_123;
    private const int TruncatedCases = 50;

    [Fact]
    public void Random_templates_fail_only_with_template_errors()
    {
        var failures = new FuzzFailures();

        NormalStackThread.Run(() =>
        {
            var generator = new RandomTemplateGenerator(Seed);
            for (var index = 0; index < RandomTemplates; index++)
            {
                var text = generator.Next();
                failures.Check($"random #{index} (seed {Seed})", text,
                    () => GuardedRender.Run(text, FuzzCorpus.Model(), FuzzCorpus.Loader()));
            }
        });

        failures.AssertNone();
    }

    [Fact]
    public void Every_truncation_of_case_templates_fails_only_with_template_errors()
    {
        var failures = new FuzzFailures();
        var ids = TemplateCase.AllIds().ToList();
        var step = Math.Max(1, ids.Count / TruncatedCases);

        NormalStackThread.Run(() =>
        {
            foreach (var id in ids.Where((_, index) => index % step == 0).Take(TruncatedCases))
            {
                CheckTruncations(TemplateCase.Load(id), failures);
            }
        });

        Assert.True(failures.Checked > TruncatedCases, "the case folder supplied too few templates");
        failures.AssertNone();
    }

    private static void CheckTruncations(TemplateCase testCase, FuzzFailures failures)
    {
        for (var length = 0; length <= testCase.Template.Length; length++)
        {
            var text = testCase.Template[..length];
            failures.Check($"{testCase.Id} cut at {length}", text, () => GuardedRender.Run(
                text,
                testCase.ModelJson is { } json ? Renderer.Scriban.Runtime.JsonModel.ToScriptObject(json) : null,
                testCase.Includes is { } includes ? new InMemoryTemplateLoader(includes) : null));
        }
    }
}

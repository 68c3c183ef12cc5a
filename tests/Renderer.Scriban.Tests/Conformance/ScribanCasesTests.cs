using System.Text.Json;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Tests.Conformance;

/// <summary>
/// Every case of the spec's <c>scriban-cases.json</c>, with the harness rules of §8: a new context
/// per case, NewLine "\n", Scriban defaults unless the case's settings say otherwise, includes from
/// an in-memory loader, parse errors joined by "\n", ordinal comparison.
/// </summary>
public sealed class ScribanCasesTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in ConformanceCase.Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_output_matches_Scriban_7_2_6(string name)
    {
        var testCase = ConformanceCase.Cases[name];

        var actual = Run(testCase);

        if (testCase.Expected is not null)
        {
            Assert.Equal(testCase.Expected, actual);
        }
        else
        {
            Assert.Contains(testCase.ExpectedContains!, actual, StringComparison.Ordinal);
        }
    }

    /// <summary>Renders the case; for error kinds the result is the error text.</summary>
    private static string Run(ConformanceCase testCase)
    {
        var template = Template.Parse(testCase.Template, testCase.SourceName);
        if (testCase.Kind == "parse_error")
        {
            Assert.True(template.HasErrors, "Expected parse errors, the template parsed cleanly.");
            return string.Join("\n", template.Diagnostics);
        }

        Assert.False(template.HasErrors, string.Join("\n", template.Diagnostics));
        var context = CreateContext(testCase);
        if (testCase.Kind == "runtime_error")
        {
            var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));
            return error.Message;
        }

        return template.Render(context);
    }

    private static TemplateContext CreateContext(ConformanceCase testCase)
    {
        var context = new TemplateContext { NewLine = "\n", LoopLimit = 1000, RecursiveLimit = 100 };
        var useLoader = true;
        if (testCase.Settings is { } settings)
        {
            foreach (var setting in settings.EnumerateObject())
            {
                switch (setting.Name)
                {
                    case "StrictVariables": context.StrictVariables = setting.Value.GetBoolean(); break;
                    case "LoopLimit": context.LoopLimit = setting.Value.GetInt32(); break;
                    case "RecursiveLimit": context.RecursiveLimit = setting.Value.GetInt32(); break;
                    case "AutoIndent": context.AutoIndent = setting.Value.GetBoolean(); break;
                    case "NoLoader": useLoader = !setting.Value.GetBoolean(); break;
                    default: throw new InvalidOperationException($"Unknown setting `{setting.Name}` in case {testCase.Name}");
                }
            }
        }

        if (useLoader && testCase.Includes.Count > 0)
        {
            context.TemplateLoader = new InMemoryTemplateLoader(testCase.Includes);
        }

        context.PushGlobal(testCase.ModelJson is null ? new ScriptObject() : JsonModel.ToScriptObject(testCase.ModelJson));
        return context;
    }
}

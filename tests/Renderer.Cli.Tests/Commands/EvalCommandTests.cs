using Renderer.TestKit;

namespace Renderer.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_prints_the_rendered_template_with_the_model_on_stdout()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", "{{ for s in services }}{{ s.name }}:{{ s.port }};{{ end }}");
        directory.WriteFile("m.json", """{"services": [{"name": "web", "port": 80}, {"name": "api", "port": 8080}]}""");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "t.scriban", "--model", "m.json");

        Assert.Equal((0, "web:80;api:8080;", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task Eval_reports_parse_errors_with_file_line_and_column_and_exits_1()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("bad.scriban", "line\n{{ if }}");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "bad.scriban");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("bad.scriban(2,", run.Error);
        Assert.Contains(" : error : ", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Eval_reports_a_runtime_error_at_its_position_and_prints_nothing_rendered()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", "before {{ x = null; x.y }}");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "t.scriban", "--name", "my");

        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Equal("my(1,23) : error : Cannot get the member x.y for a null object.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Eval_applies_the_loop_limit_given_on_the_command_line()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", "{{ for i in 1..5 }}{{ for j in 1..5 }}{{ end }}{{ end }}done");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "t.scriban", "--loop-limit", "10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Exceeding number of iteration limit `10` for loop statement.", run.Error);
    }

    [Fact]
    public async Task Eval_names_the_model_file_and_position_of_invalid_json()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", "x");
        directory.WriteFile("m.json", "{\n  \"a\": ,\n}");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "t.scriban", "--model", "m.json");

        Assert.Equal(6, run.ExitCode);
        Assert.StartsWith("m.json(2,", run.Error);
    }

    [Fact]
    public async Task Eval_serves_includes_from_the_template_directory_only()
    {
        using var directory = TempDirectory.Create();
        directory.WriteFile("t.scriban", "{{ include 'part.scriban' }}|{{ include '../outside.scriban' }}");
        directory.WriteFile("part.scriban", "inside");

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "t.scriban");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unable to include `../outside.scriban`: it resolves outside the template directory", run.Error);
    }

    [Fact]
    public async Task A_missing_template_file_is_an_input_error_naming_it()
    {
        using var directory = TempDirectory.Create();

        var run = await CliRun.InvokeAsync(directory.Path, "eval", "nope.scriban");

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("nope.scriban", run.Error);
    }
}

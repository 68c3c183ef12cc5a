using System.CommandLine;
using Renderer.Cli.Configuration;
using Renderer.Cli.Options;
using Renderer.Core.Rendering;

namespace Renderer.Cli.Commands;

/// <summary>
/// <c>renderer check</c>: validates the configuration and parses every configured template, reporting every
/// problem of every template at once. Touches neither Consul nor the destination files.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new RenderCommandOptions();
        var command = new Command(
            "check",
            "Validate the configuration and parse every template; print every problem (file(line,col) : error : message) and exit non-zero when there is one. Contacts nothing and writes nothing.");
        options.AddSharedTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, options, environment, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, RenderCommandOptions options, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var build = RunnerOptionsBuilder.Build(parseResult, options, environment, BuildPurpose.Check);
        if (!await ConfigurationReport.WriteAsync(build, environment).ConfigureAwait(false))
        {
            return ExitCodes.UsageError;
        }

        var templates = build.Options!.Templates;
        var errors = new List<string>();
        foreach (var template in templates)
        {
            try
            {
                await CompiledTemplate.LoadAsync(template.Source, cancellationToken).ConfigureAwait(false);
            }
            catch (TemplateCompileException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        await RenderCommand.WriteLinesAsync(environment, errors).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return ExitCodes.TemplateError;
        }

        await environment.Output.WriteLineAsync($"{templates.Count} template{(templates.Count == 1 ? "" : "s")} OK").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

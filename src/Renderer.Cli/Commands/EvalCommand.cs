using System.CommandLine;
using System.Text.Json;
using Renderer.Scriban;
using Renderer.Scriban.Loading;
using Renderer.Scriban.Runtime;

namespace Renderer.Cli.Commands;

/// <summary>
/// <c>renderer eval TEMPLATE [--model FILE.json]</c>: renders one template on hand-made data and
/// prints the result. The template author's way to try a template, and the shell-level way to
/// exercise the engine.
/// </summary>
public static class EvalCommand
{
    /// <summary>The product's loop limit: Scriban's 1000 is far too small for a real catalog.</summary>
    public const int DefaultLoopLimit = 1_000_000;

    public static Command Create(CliEnvironment environment)
    {
        var template = new Argument<string>("TEMPLATE")
        {
            Description = "Path of the template file (Scriban language). Includes are served from its directory only.",
        };
        var model = new Option<string?>("--model", "-model", "-m")
        {
            Description = "JSON file whose top-level object becomes the template's variables. Default: no variables.",
            HelpName = "FILE.json",
        };
        var loopLimit = new Option<int>("--loop-limit", "-loop-limit")
        {
            Description = "Iterations allowed per outermost loop, counted across nested loops (Scriban's rule); 0 = unlimited.",
            DefaultValueFactory = _ => DefaultLoopLimit,
            HelpName = "N",
        };
        var name = new Option<string?>("--name", "-name")
        {
            Description = "Template name used in error messages. Default: the TEMPLATE path as given.",
            HelpName = "NAME",
        };

        var command = new Command("eval", "Render one template on hand-made data (a JSON model) and print the result to stdout; errors go to stderr.")
        {
            template, model, loopLimit, name,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new EvalRequest(
                parseResult.GetValue(template)!,
                parseResult.GetValue(model),
                parseResult.GetValue(loopLimit),
                parseResult.GetValue(name)),
            environment,
            cancellationToken));
        return command;
    }

    private sealed record EvalRequest(string TemplatePath, string? ModelPath, int LoopLimit, string? SourceName);

    private static async Task<int> RunAsync(EvalRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var templatePath = environment.ResolvePath(request.TemplatePath);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(templatePath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"renderer: cannot read template `{request.TemplatePath}`: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        ScriptObject? globals = null;
        if (request.ModelPath is not null)
        {
            globals = await ReadModelAsync(request.ModelPath, environment, cancellationToken).ConfigureAwait(false);
            if (globals is null)
            {
                return ExitCodes.InputError;
            }
        }

        var parsed = Template.Parse(text, request.SourceName ?? request.TemplatePath);
        if (parsed.HasErrors)
        {
            foreach (var diagnostic in parsed.Diagnostics)
            {
                await environment.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }
            return ExitCodes.TemplateError;
        }

        var context = new TemplateContext
        {
            LoopLimit = request.LoopLimit,
            LimitToString = 0,
            TemplateLoader = new DirectoryTemplateLoader(Path.GetDirectoryName(templatePath)!),
            CancellationToken = cancellationToken,
        };
        if (globals is not null)
        {
            context.PushGlobal(globals);
        }

        try
        {
            var output = parsed.Render(context);
            await environment.Output.WriteAsync(output).ConfigureAwait(false);
            await environment.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ScriptRuntimeException e)
        {
            await environment.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.TemplateError;
        }
    }

    private static async Task<ScriptObject?> ReadModelAsync(string modelPath, CliEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            var json = await File.ReadAllTextAsync(environment.ResolvePath(modelPath), cancellationToken).ConfigureAwait(false);
            return JsonModel.ToScriptObject(json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : "";
            await environment.Error.WriteLineAsync($"{modelPath}{where} : error : invalid JSON model: {FirstSentence(e.Message)}").ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"renderer: cannot read model `{modelPath}`: {e.Message}").ConfigureAwait(false);
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }
        return message;
    }
}

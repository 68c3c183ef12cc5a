using System.CommandLine;
using System.Runtime.InteropServices;
using Renderer.Cli.Configuration;
using Renderer.Cli.Logging;
using Renderer.Cli.Options;
using Renderer.Consul.Exceptions;
using Renderer.Core.Catalog;
using Renderer.Core.Rendering;
using Renderer.Core.Running;

namespace Renderer.Cli.Commands;

/// <summary>
/// <c>renderer render</c>: watch Consul (or read a catalog file), render the templates, write what changed,
/// check it, reload. With <c>-once</c> it exits after one complete render; SIGHUP re-reads the templates;
/// SIGTERM and SIGINT stop it gracefully with exit code 0.
/// </summary>
public static class RenderCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new RenderCommandOptions();
        var command = new Command(
            "render",
            "Render templates from the Consul catalog (or a catalog file), write each output file atomically when its bytes change, check it and run its command. Watches for changes until stopped, unless -once.");
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, options, environment, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, RenderCommandOptions options, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var build = RunnerOptionsBuilder.Build(parseResult, options, environment);
        if (!await ConfigurationReport.WriteAsync(build, environment).ConfigureAwait(false))
        {
            return ExitCodes.UsageError;
        }

        var runnerOptions = build.Options!;
        if (runnerOptions.CatalogFile is not null)
        {
            // A catalog file never changes: there is nothing to watch.
            runnerOptions = runnerOptions with { Once = true };
        }

        using var loggerFactory = CliLogging.Create(runnerOptions.LogLevel, environment.Error, TimeProvider.System);
        var services = new RunnerServices { LoggerFactory = loggerFactory, Output = environment.Output };
        Runner? runner = null;
        using var hangup = RegisterHangup(() => Reload(runner, parseResult, options, environment, runnerOptions.ConfigFile is not null));
        try
        {
            var outcome = await RunnerHost.RunAsync(runnerOptions, services, environment.GetEnvironmentVariable, started => runner = started, cancellationToken)
                .ConfigureAwait(false);
            await environment.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return await RenderExitCode.FromOutcomeAsync(outcome, runnerOptions, cancellationToken.IsCancellationRequested, environment).ConfigureAwait(false);
        }
        catch (TemplateCompileException e)
        {
            await WriteLinesAsync(environment, e.Errors).ConfigureAwait(false);
            return ExitCodes.TemplateError;
        }
        catch (CatalogException e)
        {
            await environment.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        catch (ConsulException e)
        {
            await environment.Error.WriteLineAsync($"renderer: Consul: {e.Message}").ConfigureAwait(false);
            return ExitCodes.ConsulError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }

    /// <summary>SIGHUP: re-read the config file (when there is one) and the templates; a broken config keeps the running one.</summary>
    private static void Reload(Runner? runner, ParseResult parseResult, RenderCommandOptions options, CliEnvironment environment, bool hasConfigFile)
    {
        if (runner is null)
        {
            return;
        }

        if (!hasConfigFile)
        {
            runner.RequestTemplateReload();
            return;
        }

        var rebuilt = RunnerOptionsBuilder.Build(parseResult, options, environment);
        if (rebuilt.Options is { } next)
        {
            runner.RequestReload(next);
            return;
        }

        lock (environment.Error)
        {
            foreach (var problem in rebuilt.Errors)
            {
                environment.Error.WriteLine(problem.ToString());
            }
            environment.Error.WriteLine("renderer: SIGHUP: the configuration has problems; keeping the running one.");
        }
    }

    private static PosixSignalRegistration? RegisterHangup(Action onHangup)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        return PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            // SIGHUP re-reads the templates, as consul-template does; it must not end the process.
            context.Cancel = true;
            onHangup();
        });
    }

    internal static async Task WriteLinesAsync(CliEnvironment environment, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await environment.Error.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}

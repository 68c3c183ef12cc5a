using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Renderer.Cli.Options;
using Renderer.Core.Running;

namespace Renderer.Cli.Configuration;

/// <summary>
/// Turns the command line and the config file into validated <see cref="RunnerOptions"/>, checking everything
/// before anything runs and reporting every problem at once.
/// </summary>
/// <remarks>
/// Merge rules: a flag that was given overrides the file's value, which overrides the default. The repeatable
/// flags add to the file's lists, as in consul-template: <c>-template</c> values are appended to the file's
/// <c>templates</c>; <c>-var</c> values are added to the file's <c>vars</c>, replacing a variable of the same name
/// (the last of repeated <c>-var NAME=</c> wins). Flag paths are resolved against the current directory, file
/// paths against the file's directory. No message ever contains a token or password.
/// </remarks>
public static partial class RunnerOptionsBuilder
{
    private static readonly RunnerOptions Defaults = new() { Templates = [] };

    /// <summary>Reads <paramref name="options"/>' flags from <paramref name="parseResult"/>, then the config file, and validates both.</summary>
    public static BuildResult Build(ParseResult parseResult, RenderCommandOptions options, CliEnvironment environment, BuildPurpose purpose = BuildPurpose.Render) =>
        Build(CommandLineValues.Read(parseResult, options), environment, purpose);

    /// <summary>Reads the config file named by <paramref name="flags"/>, merges, and validates.</summary>
    public static BuildResult Build(CommandLineValues flags, CliEnvironment environment, BuildPurpose purpose = BuildPurpose.Render)
    {
        var problems = new ProblemCollector();
        var file = ReadConfigFile(flags.Config, environment, problems);
        // A broken file may hold the templates or the -once the checks below look for: skip those checks
        // rather than report problems that fixing the file would make disappear.
        var fileComplete = !problems.HasErrors;

        var options = new RunnerOptions
        {
            Templates = MergeTemplates(flags, file, environment, purpose, fileComplete, problems),
            Once = flags.Once?.Value ?? file?.Once?.Value ?? Defaults.Once,
            DryRun = flags.Dry?.Value ?? file?.Dry?.Value ?? Defaults.DryRun,
            Diff = flags.Diff?.Value ?? file?.Diff?.Value ?? Defaults.Diff,
            ConfigFile = file?.Path,
            Wait = MergeWait(flags.Wait, file, problems),
            Variables = MergeVariables(flags.Variables, file, problems),
            CatalogFile = MergeCatalog(flags.Catalog, file, environment, problems),
            LoopLimit = MergeLoopLimit(flags.LoopLimit, file, problems),
            Consul = MergeConsul(flags, file, purpose, problems),
            LogLevel = MergeLogLevel(flags.LogLevel, file, problems),
        };
        if (fileComplete)
        {
            CheckModes(flags, file, options, problems);
        }

        return problems.HasErrors
            ? new BuildResult { Errors = problems.Errors, Warnings = problems.Warnings }
            : new BuildResult { Options = options, Warnings = problems.Warnings };
    }

    private static ConfigFile? ReadConfigFile(Located<string>? config, CliEnvironment environment, ProblemCollector problems)
    {
        if (config is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(config.Value))
        {
            problems.Error(config.Source, "the config file path is empty");
            return null;
        }
        var result = ConfigFileReader.Read(environment.ResolvePath(config.Value), config.Source);
        problems.AddRange(result.Errors);
        return result.File;
    }

    private static QuiescenceOptions MergeWait(Located<string>? flag, ConfigFile? file, ProblemCollector problems)
    {
        if (flag is null)
        {
            return file?.Wait?.Value.ToQuiescenceOptions() ?? Defaults.Wait;
        }
        if (WaitSpec.TryParse(flag.Value, out var spec, out var error))
        {
            return spec.ToQuiescenceOptions();
        }
        problems.Error(flag.Source, error);
        return Defaults.Wait;
    }

    private static Dictionary<string, string> MergeVariables(IReadOnlyList<Located<string>> flags, ConfigFile? file, ProblemCollector problems)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in file?.Variables ?? [])
        {
            variables[variable.Value.Name] = variable.Value.Value;
        }
        foreach (var flag in flags)
        {
            if (VariableSpec.TryParse(flag.Value, out var spec, out var error))
            {
                variables[spec.Name] = spec.Value;
            }
            else
            {
                problems.Error(flag.Source, error);
            }
        }
        return variables;
    }

    private static string? MergeCatalog(Located<string>? flag, ConfigFile? file, CliEnvironment environment, ProblemCollector problems)
    {
        if (flag is not null && string.IsNullOrWhiteSpace(flag.Value))
        {
            problems.Error(flag.Source, "the catalog file path is empty");
            return null;
        }
        var catalog = flag is null ? file?.Catalog : flag with { Value = environment.ResolvePath(flag.Value) };
        if (catalog is not null && !File.Exists(catalog.Value))
        {
            var what = Directory.Exists(catalog.Value) ? "is a directory, not a catalog file" : "does not exist";
            problems.Error(catalog.Source, $"the catalog file \"{catalog.Value}\" {what}; write one with: renderer snapshot -o FILE");
        }
        return catalog?.Value;
    }

    private static int MergeLoopLimit(Located<string>? flag, ConfigFile? file, ProblemCollector problems)
    {
        if (flag is null)
        {
            return file?.LoopLimit?.Value ?? Defaults.LoopLimit;
        }
        if (int.TryParse(flag.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            return limit;
        }
        problems.Error(flag.Source, $"\"{flag.Value}\" is not a whole number between 0 (unlimited) and {int.MaxValue}");
        return Defaults.LoopLimit;
    }

    private static LogLevel MergeLogLevel(Located<string>? flag, ConfigFile? file, ProblemCollector problems)
    {
        if (flag is null)
        {
            return file?.LogLevel?.Value ?? Defaults.LogLevel;
        }
        if (LogLevelText.TryParse(flag.Value, out var level, out var error))
        {
            return level;
        }
        problems.Error(flag.Source, error);
        return Defaults.LogLevel;
    }

    private static void CheckModes(CommandLineValues flags, ConfigFile? file, RunnerOptions options, ProblemCollector problems)
    {
        if (!options.Diff)
        {
            return;
        }
        var diffSource = (flags.Diff ?? file?.Diff)!.Source;
        if (!options.Once)
        {
            problems.Error(diffSource, "diff compares one rendering with the files on disk: it needs -once (or \"once\": true)");
        }
        if (options.DryRun)
        {
            problems.Error(diffSource, "diff and dry cannot be combined: diff already writes nothing and prints the differences");
        }
    }
}

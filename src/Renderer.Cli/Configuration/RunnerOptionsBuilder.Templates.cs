using Renderer.Cli.Options;
using Renderer.Core.Running;

namespace Renderer.Cli.Configuration;

public static partial class RunnerOptionsBuilder
{
    /// <summary>A template with where it was configured; <paramref name="Label"/> quotes a <c>-template</c> value in messages.</summary>
    private sealed record TemplateCandidate(TemplateOptions Options, ConfigurationSource SourceOrigin, ConfigurationSource DestinationOrigin, string? Label)
    {
        public string Prefix => Label is null ? "" : $"\"{Label}\": ";
    }

    private static IReadOnlyList<TemplateOptions> MergeTemplates(
        CommandLineValues flags, ConfigFile? file, CliEnvironment environment, BuildPurpose purpose, bool fileComplete, ProblemCollector problems)
    {
        var candidates = (file?.Templates ?? []).Select(FromSection).ToList();
        foreach (var flag in flags.Templates)
        {
            if (TemplateSpec.TryParse(flag.Value, environment.CurrentDirectory, out var spec, out var error))
            {
                var options = new TemplateOptions(spec.Source, spec.Destination) { Command = spec.Command };
                candidates.Add(new TemplateCandidate(options, flag.Source, flag.Source, flag.Value));
            }
            else
            {
                problems.Error(flag.Source, error);
            }
        }

        if (candidates.Count == 0 && fileComplete && purpose != BuildPurpose.Snapshot && flags.Templates.Count == 0)
        {
            problems.Error(
                ConfigurationSource.FromFlag("-template"),
                "no template to render: give -template SOURCE:DESTINATION[:COMMAND], or \"templates\" in the -config file");
        }
        foreach (var candidate in candidates)
        {
            CheckSource(candidate, problems);
            if (purpose == BuildPurpose.Render)
            {
                CheckDestination(candidate, problems);
            }
        }
        CheckDuplicateDestinations(candidates, problems);
        return candidates.Select(candidate => candidate.Options).ToArray();
    }

    private static TemplateCandidate FromSection(TemplateSection section)
    {
        var options = new TemplateOptions(section.Source.Value, section.Destination.Value)
        {
            Command = section.Command,
            CheckCommand = section.CheckCommand,
            Permissions = section.Permissions,
            Backup = section.Backup ?? false,
            Wait = section.Wait?.ToQuiescenceOptions(),
        };
        if (section.CommandTimeout is { } timeout)
        {
            options = options with { CommandTimeout = timeout };
        }
        return new TemplateCandidate(options, section.Source.Source, section.Destination.Source, Label: null);
    }

    private static void CheckSource(TemplateCandidate candidate, ProblemCollector problems)
    {
        var path = candidate.Options.Source;
        if (Directory.Exists(path))
        {
            problems.Error(candidate.SourceOrigin, $"{candidate.Prefix}the template \"{path}\" is a directory; give the template file");
            return;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Error(candidate.SourceOrigin, $"{candidate.Prefix}the template \"{path}\" does not exist");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Error(candidate.SourceOrigin, $"{candidate.Prefix}the template \"{path}\" cannot be read: {exception.Message}");
        }
    }

    /// <summary>The destination's directory must exist or be creatable: its nearest existing ancestor is a directory.</summary>
    private static void CheckDestination(TemplateCandidate candidate, ProblemCollector problems)
    {
        var path = candidate.Options.Destination;
        if (Directory.Exists(path))
        {
            problems.Error(candidate.DestinationOrigin, $"{candidate.Prefix}the destination \"{path}\" is a directory; give the path of the file to write");
            return;
        }
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory))
            {
                return;
            }
            if (File.Exists(directory))
            {
                problems.Error(candidate.DestinationOrigin, $"{candidate.Prefix}cannot create the directory for \"{path}\": \"{directory}\" is a file");
                return;
            }
        }
    }

    private static void CheckDuplicateDestinations(List<TemplateCandidate> candidates, ProblemCollector problems)
    {
        var first = new Dictionary<string, TemplateCandidate>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!first.TryAdd(candidate.Options.Destination, candidate))
            {
                var other = first[candidate.Options.Destination];
                var where = other.Label is null ? other.DestinationOrigin.ToString() : $"{other.DestinationOrigin} \"{other.Label}\"";
                problems.Error(
                    candidate.DestinationOrigin,
                    $"{candidate.Prefix}the destination \"{candidate.Options.Destination}\" is also written by the template at {where}; each file can have one template only");
            }
        }
    }
}

using System.Globalization;

namespace Renderer.LoadTests;

/// <summary>
/// <c>--renderer PATH</c> (the published <c>renderer</c> executable, required), <c>--services N</c> (5000),
/// <c>--instances N</c> (5), <c>--nodes N</c> (100), <c>--changes N</c> (240), <c>--budget N</c> (16),
/// <c>--spacing-ms N</c> (pause between two changes, 750), <c>--idle-seconds N</c> (30), <c>--out DIR</c>
/// (work directory, default a new temporary one), <c>--startup-runs N</c> (offline renders timed, 10; 0 skips).
/// </summary>
internal sealed record LoadArguments
{
    public required string Renderer { get; init; }

    public int Services { get; init; } = 5000;

    public int Instances { get; init; } = 5;

    public int Nodes { get; init; } = 100;

    public int Changes { get; init; } = 240;

    public int Budget { get; init; } = 16;

    public int SpacingMilliseconds { get; init; } = 750;

    public int IdleSeconds { get; init; } = 30;

    public string? Out { get; init; }

    public int StartupRuns { get; init; } = 10;

    public const string Usage =
        "usage: Renderer.LoadTests --renderer PATH [--services 5000] [--instances 5] [--nodes 100] [--changes 240] " +
        "[--budget 16] [--spacing-ms 750] [--idle-seconds 30] [--startup-runs 10] [--out DIR]";

    /// <exception cref="ArgumentException">An unknown option, or a value that is not a positive number.</exception>
    public static LoadArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --option value pairs, got \"{args[i]}\".");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var parsed = new LoadArguments
        {
            Renderer = values.Remove("renderer", out var renderer) ? Path.GetFullPath(renderer) : throw new ArgumentException("--renderer is required."),
            Services = Number(values, "services", 5000),
            Instances = Number(values, "instances", 5),
            Nodes = Number(values, "nodes", 100),
            Changes = Number(values, "changes", 240),
            Budget = Number(values, "budget", 16),
            SpacingMilliseconds = Number(values, "spacing-ms", 750),
            IdleSeconds = Number(values, "idle-seconds", 30),
            StartupRuns = Number(values, "startup-runs", 10, allowZero: true),
            Out = values.Remove("out", out var output) ? Path.GetFullPath(output) : null,
        };
        return values.Count == 0 ? parsed : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback, bool allowZero = false)
    {
        if (!values.Remove(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0))
            ? value
            : throw new ArgumentException($"--{name} needs a {(allowZero ? "non-negative" : "positive")} whole number, got \"{text}\".");
    }
}

namespace Renderer.Benchmarks;

/// <summary>
/// The program's own options, taken out of argv before the rest goes to BenchmarkDotNet:
/// <c>--export-catalog FILE</c> writes the synthetic catalog as a catalog file (docs/catalog-format.md),
/// <c>--render-output FILE</c> writes the product's render of nginx.conf.scriban over it, and
/// <c>--go-result FILE</c> adds the ratio to Go's text/template (benchmarks/go-text-template's <c>-json</c> file), and
/// <c>--loop N</c> runs the CPU-time loop (N renders each of the engine and the product path) instead of BenchmarkDotNet,
/// and <c>--allocations N</c> lists the types N renders of each allocate (the runtime's allocation sampling).
/// </summary>
/// <param name="ExportCatalog">Where to write the catalog, or null.</param>
/// <param name="RenderOutput">Where to write the rendered nginx.conf, or null.</param>
/// <param name="GoResult">The Go result to compare with, or null.</param>
/// <param name="Loop">Renders of the CPU-time loop, or null.</param>
/// <param name="Allocations">Renders of the allocation sampling, or null.</param>
/// <param name="BenchmarkArguments">Everything else, for BenchmarkDotNet (<c>--filter</c>, <c>--job</c> …).</param>
public sealed record ProgramArguments(string? ExportCatalog, string? RenderOutput, string? GoResult, int? Loop, int? Allocations, string[] BenchmarkArguments)
{
    /// <summary>Only files were asked for: write them and run no benchmark.</summary>
    public bool ExportOnly => (ExportCatalog is not null || RenderOutput is not null) && Loop is null && Allocations is null && BenchmarkArguments.Length == 0;

    /// <summary>A timing loop or allocation sampling instead of BenchmarkDotNet.</summary>
    public bool SkipsBenchmarkDotNet => Loop is not null || Allocations is not null;

    /// <exception cref="ArgumentException">An option of ours lacks its file name.</exception>
    public static ProgramArguments Parse(string[] args)
    {
        string? export = null, render = null, go = null;
        int? loop = null, allocations = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--export-catalog":
                    export = ValueOf(args, ref i);
                    break;
                case "--render-output":
                    render = ValueOf(args, ref i);
                    break;
                case "--go-result":
                    go = ValueOf(args, ref i);
                    break;
                case "--loop":
                    loop = Count(args[i], ValueOf(args, ref i));
                    break;
                case "--allocations":
                    allocations = Count(args[i], ValueOf(args, ref i));
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new ProgramArguments(export, render, go, loop, allocations, [.. rest]);
    }

    private static int Count(string option, string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : throw new ArgumentException($"{option} needs a positive number of renders, got \"{text}\".");

    private static string ValueOf(string[] args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{option} needs a value: {option} {(option is "--loop" or "--allocations" ? "N" : "FILE")}");
        }

        return args[++i];
    }
}

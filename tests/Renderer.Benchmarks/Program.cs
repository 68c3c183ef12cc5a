using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Renderer.Benchmarks;
using Renderer.Benchmarks.Catalog;
using Renderer.Benchmarks.Comparison;
using Renderer.Benchmarks.Profiling;
using Renderer.Benchmarks.Rendering;
using Renderer.Core.Snapshots;
using Renderer.Scriban.Runtime;

// See docs/benchmarks.md. `-- --filter '*'` runs every benchmark; `-- --filter '*' --job short` is the quick run.
ProgramArguments arguments;
GoResult? go;
try
{
    arguments = ProgramArguments.Parse(args);
    go = arguments.GoResult is null ? null : GoResult.Load(arguments.GoResult);
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

if (arguments.ExportCatalog is { } catalogPath)
{
    File.WriteAllBytes(catalogPath, CatalogFileWriter.WriteUtf8(SyntheticCatalog.Create()));
    Console.WriteLine($"catalog: {catalogPath}");
}

if (arguments.RenderOutput is { } outputPath)
{
    var setup = RenderSetup.Create();
    OutputCheck.RequireSameOutput(setup);
    var text = setup.RenderProduct();
    File.WriteAllText(outputPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"render: {outputPath} ({Encoding.UTF8.GetByteCount(text)} bytes, {text.Count(c => c == '\n')} lines)");
}

if (arguments.ExportOnly)
{
    return 0;
}

if (arguments.SkipsBenchmarkDotNet)
{
    var setup = RenderSetup.Create();
    OutputCheck.RequireSameOutput(setup);
    var renders = new (string Name, Func<string> Render)[]
    {
        (nameof(NginxRenderBenchmarks.EngineRender), setup.RenderEngine),
        (nameof(NginxRenderBenchmarks.ProductRender), setup.RenderProduct),
    };
    if (arguments.Loop is { } operations)
    {
        Console.WriteLine(go?.Describe() ?? "(no Go result given: --go-result FILE adds the ratio)");
        foreach (var (name, render) in renders)
        {
            Console.WriteLine(CpuTimeLoop.Run(name, render, operations).Describe(go));
        }
    }

    if (arguments.Allocations is { } sampled)
    {
        // A new TemplateContext builds the builtins: the part of every render's allocations that no template causes.
        (string Name, Func<string> Render) context = (nameof(NginxRenderBenchmarks.CreateContext), () => new TemplateContext().NewLine);
        foreach (var line in renders.Append(context).SelectMany(pair => AllocationReport.Lines(pair.Name, pair.Render, sampled)))
        {
            Console.WriteLine(line);
        }
    }

    return 0;
}

IConfig config = DefaultConfig.Instance;
if (go is not null)
{
    config = config.AddColumn(new GoRatioColumn(go));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(NginxRenderBenchmarks).Assembly).Run(arguments.BenchmarkArguments, config).ToArray();
if (go is not null)
{
    Console.WriteLine();
    foreach (var line in RatioReport.Lines(summaries, go))
    {
        Console.WriteLine(line);
    }
}

return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Renderer.Benchmarks;
using Renderer.Benchmarks.Catalog;
using Renderer.Benchmarks.Comparison;
using Renderer.Benchmarks.Rendering;
using Renderer.Core.Snapshots;

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

if (arguments.Loop is { } operations)
{
    var setup = RenderSetup.Create();
    OutputCheck.RequireSameOutput(setup);
    Console.WriteLine(go?.Describe() ?? "(no Go result given: --go-result FILE adds the ratio)");
    Console.WriteLine(CpuTimeLoop.Run(nameof(NginxRenderBenchmarks.EngineRender), setup.RenderEngine, operations).Describe(go));
    Console.WriteLine(CpuTimeLoop.Run(nameof(NginxRenderBenchmarks.ProductRender), setup.RenderProduct, operations).Describe(go));
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

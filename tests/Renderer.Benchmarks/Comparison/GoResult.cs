using System.Text.Json;

namespace Renderer.Benchmarks.Comparison;

/// <summary>What benchmarks/go-text-template measured for the same render (its <c>-json</c> file).</summary>
/// <param name="NanosecondsPerOperation">Mean time of one render.</param>
/// <param name="BytesPerOperation">Bytes allocated per render.</param>
/// <param name="AllocationsPerOperation">Heap allocations per render.</param>
/// <param name="GoVersion">runtime.Version() of the measuring program.</param>
/// <param name="MaxProcs">GOMAXPROCS during the measurement.</param>
/// <param name="CpuNanosecondsPerOperation">Process CPU time per render in its CPU-time loop; 0 when it did not run one.</param>
public sealed record GoResult(
    double NanosecondsPerOperation, long BytesPerOperation, long AllocationsPerOperation, string GoVersion, int MaxProcs,
    double CpuNanosecondsPerOperation)
{
    /// <exception cref="InvalidDataException">The file is not the Go program's result.</exception>
    public static GoResult Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new GoResult(
                root.GetProperty("ns_per_op").GetDouble(),
                root.GetProperty("bytes_per_op").GetInt64(),
                root.GetProperty("allocs_per_op").GetInt64(),
                root.GetProperty("go_version").GetString() ?? "",
                root.GetProperty("gomaxprocs").GetInt32(),
                root.TryGetProperty("cpu_ns_per_op", out var cpu) ? cpu.GetDouble() : 0);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a result of benchmarks/go-text-template ({e.Message}).", e);
        }
    }

    /// <summary>One line; the wall-time figures only when the Go program ran its testing.Benchmark runs (-count above 0).</summary>
    public string Describe() =>
        $"Go {GoVersion} text/template, GOMAXPROCS={MaxProcs}:"
        + (NanosecondsPerOperation > 0
            ? $" {NanosecondsPerOperation / 1e6:F3} ms/op, {BytesPerOperation / 1024.0:F1} KB/op, {AllocationsPerOperation} allocs/op,"
            : "")
        + (CpuNanosecondsPerOperation > 0 ? $" {CpuNanosecondsPerOperation / 1e6:F3} ms CPU/op" : " no CPU-time loop");
}

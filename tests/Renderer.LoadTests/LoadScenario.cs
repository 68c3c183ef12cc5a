using System.Diagnostics;
using System.Globalization;
using Renderer.ConsulSimulator;

namespace Renderer.LoadTests;

/// <summary>
/// The issue-5 load scenario: the simulator holds <c>services × instances</c>; the real <c>renderer render</c>
/// process watches it through a template ranging over every service; the scenario makes changes one at a time and
/// times each from the write in Consul to the file on disk, then measures the idle process.
/// </summary>
internal sealed partial class LoadScenario(LoadArguments arguments, TextWriter log)
{
    private static readonly TimeSpan ChangeTimeout = TimeSpan.FromSeconds(60);

    private readonly SyntheticCatalog _catalog = new(arguments.Services, arguments.Instances, arguments.Nodes);

    public async Task<LoadReport> RunAsync()
    {
        var work = arguments.Out ?? Directory.CreateTempSubdirectory("renderer-load-").FullName;
        Directory.CreateDirectory(work);
        var template = Path.Combine(work, "all-services.scriban");
        var output = Path.Combine(work, "all-services.conf");
        await File.WriteAllTextAsync(template, SyntheticCatalog.Template);
        File.Delete(output);

        await using var simulator = await ConsulSimulator.ConsulSimulator.StartAsync(new SimulatorOptions());
        var seeding = Stopwatch.StartNew();
        _catalog.Seed(simulator.Datacenter);
        log.WriteLine($"seeded {arguments.Services} services x {arguments.Instances} instances on {arguments.Nodes} nodes in {seeding.Elapsed.TotalSeconds:0.0} s; simulator at {simulator.Address}");

        var address = $"127.0.0.1:{simulator.Address.Port.ToString(CultureInfo.InvariantCulture)}";
        using var renderer = StartRenderer(address, template, output, Path.Combine(work, "renderer.log"));
        using var watcher = new OutputWatcher(output);
        var started = Stopwatch.StartNew();
        var expectedLines = arguments.Services * arguments.Instances;
        await watcher.WaitForAsync(text => CountServerLines(text) >= expectedLines, TimeSpan.FromMinutes(10));
        var firstRender = started.Elapsed;
        log.WriteLine($"first complete render after {firstRender.TotalSeconds:0.0} s ({expectedLines} instances); peak connections so far {simulator.PeakOpenConnections}");
        await Task.Delay(2000);

        var requestsBefore = simulator.TotalRequests;
        var changes = await MakeChangesAsync(simulator, watcher);
        var changeRequests = simulator.TotalRequests - requestsBefore;

        var idle = await MeasureIdleAsync(renderer, simulator);
        var report = new LoadReport
        {
            Arguments = arguments,
            FirstRender = firstRender,
            Changes = changes,
            ChangeRequests = changeRequests,
            PeakConnections = simulator.PeakOpenConnections,
            RejectedConnections = simulator.Counters.RejectedConnections,
            IdleCpu = idle.Cpu,
            IdleRequests = idle.Requests,
            RssKilobytes = ProcessProbe.StatusKilobytes(renderer.Id, "VmRSS"),
            PeakRssKilobytes = ProcessProbe.StatusKilobytes(renderer.Id, "VmHWM"),
            Startup = arguments.StartupRuns > 0 ? await MeasureStartupAsync(address, template, work) : [],
            Work = work,
        };
        renderer.Kill();
        await renderer.WaitForExitAsync();
        return report;
    }

    private Process StartRenderer(string address, string template, string output, string logPath)
    {
        var start = new ProcessStartInfo(arguments.Renderer)
        {
            ArgumentList =
            {
                "render", "-template", $"{template}:{output}", "-consul-addr", address,
                "-consul-max-connections", arguments.Budget.ToString(CultureInfo.InvariantCulture), "-log-level", "info",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("CONSUL_HTTP_ADDR");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {arguments.Renderer}.");
        var logFile = new StreamWriter(logPath) { AutoFlush = true };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (logFile) { logFile.WriteLine(e.Data); } } };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (logFile) { logFile.WriteLine(e.Data); } } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        log.WriteLine($"renderer pid {process.Id}, log {logPath}");
        return process;
    }

    private async Task<(TimeSpan Cpu, long Requests)> MeasureIdleAsync(Process renderer, ConsulSimulator.ConsulSimulator simulator)
    {
        await Task.Delay(TimeSpan.FromSeconds(5));
        var cpu = ProcessProbe.CpuTime(renderer.Id);
        var requests = simulator.TotalRequests;
        await Task.Delay(TimeSpan.FromSeconds(arguments.IdleSeconds));
        var used = ProcessProbe.CpuTime(renderer.Id) - cpu;
        log.WriteLine($"idle {arguments.IdleSeconds} s: {used.TotalMilliseconds:0} ms CPU, {simulator.TotalRequests - requests} requests");
        return (used / arguments.IdleSeconds, simulator.TotalRequests - requests);
    }

    /// <summary>Records the catalog into a catalog file, then times offline renders of it, process start to exit.</summary>
    private async Task<IReadOnlyList<TimeSpan>> MeasureStartupAsync(string address, string template, string work)
    {
        var catalog = Path.Combine(work, "catalog.json");
        await RunToEndAsync("snapshot", "-o", catalog, "-consul-addr", address);
        var runs = new List<TimeSpan>();
        for (var run = 0; run < arguments.StartupRuns; run++)
        {
            runs.Add(await RunToEndAsync("render", "-once", "-catalog", catalog, "-template", $"{template}:{Path.Combine(work, "offline.conf")}"));
        }

        log.WriteLine($"offline render: {string.Join(", ", runs.Select(run => $"{run.TotalMilliseconds:0}"))} ms");
        return runs;
    }

    private async Task<TimeSpan> RunToEndAsync(params string[] args)
    {
        var start = new ProcessStartInfo(arguments.Renderer) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        return process.ExitCode == 0 ? elapsed
            : throw new InvalidOperationException($"renderer {string.Join(' ', args)} exited with {process.ExitCode}: {await stderr}{await stdout}");
    }

    private static int CountServerLines(string text)
    {
        var count = 0;
        for (var index = text.IndexOf("    server ", StringComparison.Ordinal); index >= 0; index = text.IndexOf("    server ", index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

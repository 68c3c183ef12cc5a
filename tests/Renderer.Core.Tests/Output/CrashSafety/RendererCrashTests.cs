using System.Runtime.Versioning;
using Renderer.TestKit;
using Xunit.Abstractions;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// Issue 6, item 1, with the real program: <c>renderer render -once --catalog</c> on a 40,000-instance catalog
/// (about 2.5 MB of nginx configuration), SIGKILLed at a random moment after its temporary file appears, spread over
/// 1.5 times the measured time from that moment to the rename, so kills land while the temporary file is written and
/// synced, around the rename, and during the directory fsync and exit. Catalogs alternate, so every run replaces the file.
/// CRASH_RENDERER_TRIALS sets the number of kills.
/// </summary>
[Collection(CrashSafetyCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class RendererCrashTests(ITestOutputHelper output)
{
    private const string DestinationName = "http.conf";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [LinuxOnlyFact]
    public async Task Renderer_killed_while_writing_leaves_the_whole_old_or_new_file_and_nothing_nginx_would_include()
    {
        var settings = CrashTrialSettings.FromEnvironment();
        using var directory = TempDirectory.Create("crash-renderer");
        var renders = PrepareRenders(directory);
        var first = await RenderToCompletionAsync(renders[0]);
        var second = await RenderToCompletionAsync(renders[1]);
        Assert.NotEqual(first.Content, second.Content);
        var writeTime = Max(first.WriteTime, second.WriteTime);
        var window = writeTime * 1.5 + TimeSpan.FromMilliseconds(1);
        byte[][] outputs = [first.Content, second.Content];
        var random = new Random(settings.Seed);
        var tally = new CrashTally();
        var (current, temporaries) = (1, (IReadOnlySet<string>)new HashSet<string>());

        for (var trial = 1; trial <= settings.RendererTrials; trial++)
        {
            var next = 1 - current;
            var delay = window * random.NextDouble();
            var where = $"trial {trial} (CRASH_SEED={settings.Seed}, SIGKILL {delay.TotalMilliseconds:F1} ms after the temporary file appeared)";
            var exit = await KillDuringWriteAsync(renders[next], delay, where);
            (current, temporaries) = Judge(where, renders[next].Destination, outputs, current, temporaries, exit, tally);
        }

        await RenderToCompletionAsync(renders[1 - current]);
        var final = OutputDirectoryState.Read(renders[0].Destination);
        output.WriteLine(tally.Describe(
            $"renderer render -once --catalog, 200 nodes x 200 services, ~{first.Content.Length / 1_000_000.0:F1} MB output, temporary file to rename {writeTime.TotalMilliseconds:F0} ms, SIGKILL within {window.TotalMilliseconds:F0} ms of it",
            settings.Seed));
        output.WriteLine($"  temporaries after a final complete render: {final.Temporaries.Count}");
        Assert.Equal(0, tally.LeftoversAfterNextWrite);
        Assert.Empty(final.Temporaries);
    }

    private static (int Current, IReadOnlySet<string> Temporaries) Judge(
        string where, string destination, byte[][] outputs, int current, IReadOnlySet<string> before, ChildExit exit, CrashTally tally)
    {
        Assert.True(exit.WasKilled || exit.ExitCode == 0, $"{where}: renderer exited with {exit.ExitCode}:\n{exit.Errors}");
        var state = OutputDirectoryState.Read(destination);
        Assert.True(state.Includable.SequenceEqual([DestinationName]), $"{where}: include *.conf would load [{string.Join(", ", state.Includable)}]");
        Assert.True(state.Unexpected.Count == 0, $"{where}: unexpected files: {string.Join(", ", state.Unexpected)}");
        Assert.True(state.Destination is not null, $"{where}: {DestinationName} is gone");
        var isOld = state.Destination.AsSpan().SequenceEqual(outputs[current]);
        var isNew = state.Destination.AsSpan().SequenceEqual(outputs[1 - current]);
        Assert.True(isOld || isNew, $"{where}: {DestinationName} ({state.Destination.Length} bytes) is neither the whole old nor the whole new rendering");

        tally.Trials++;
        tally.FilesVerifiedWhole++;
        var newTemporaries = state.Temporaries.Except(before).Count();
        tally.StaleTemporariesLeft += newTemporaries;
        tally.MostTemporariesAtOnce = Math.Max(tally.MostTemporariesAtOnce, state.Temporaries.Count);
        // Every trial got as far as creating its temporary file, so its write had already cleaned up after earlier kills.
        tally.LeftoversAfterNextWrite += state.Temporaries.Intersect(before).Count();
        if (!exit.WasKilled)
        {
            Assert.True(isNew, $"{where}: renderer finished but {DestinationName} is the old rendering");
            tally.FinishedBeforeKill++;
            return (1 - current, state.Temporaries);
        }

        tally.KillsDuringWrite++;
        tally.NewOutcomes += isNew ? 1 : 0;
        tally.OldOutcomes += isNew ? 0 : 1;
        tally.KilledWithTemporaryFile += !isNew && newTemporaries > 0 ? 1 : 0;
        tally.KilledBeforeTemporaryFile += !isNew && newTemporaries == 0 ? 1 : 0;
        return (isNew ? 1 - current : current, state.Temporaries);
    }

    private static async Task<ChildExit> KillDuringWriteAsync(RenderRun render, TimeSpan delay, string where)
    {
        using var watch = new TemporaryFileWatch(render.Destination);
        using var child = StartRenderer(render);
        var exited = child.WaitForSignalAsync(StartTimeout);
        if (await Task.WhenAny(watch.Created, exited) != watch.Created)
        {
            // Under load the exit can be reported before inotify's event for a file created 50 ms earlier: the run
            // simply finished before any kill; a run that never created its temporary file did not write at all.
            var early = child.WaitForExit();
            var created = await Task.WhenAny(watch.Created, Task.Delay(TimeSpan.FromSeconds(5))) == watch.Created;
            Assert.True(created, $"{where}: renderer ended (exit code {early.ExitCode}) without creating a temporary file:\n{early.Errors}");
            return early;
        }

        child.KillAfter(delay);
        return child.WaitForExit();
    }

    private static async Task<(byte[] Content, TimeSpan WriteTime)> RenderToCompletionAsync(RenderRun render)
    {
        using var watch = new TemporaryFileWatch(render.Destination);
        using var child = StartRenderer(render);
        await child.WaitForSignalAsync(StartTimeout);
        var exit = child.WaitForExit();
        Assert.True(exit.ExitCode == 0, $"'{child.CommandLine}' failed with exit code {exit.ExitCode}:\n{exit.Errors}");
        var writeTime = await watch.Renamed.WaitAsync(TimeSpan.FromSeconds(10)) - await watch.Created.WaitAsync(TimeSpan.FromSeconds(10));
        return (await File.ReadAllBytesAsync(render.Destination), writeTime);
    }

    private static RenderRun[] PrepareRenders(TempDirectory directory)
    {
        var template = directory.WriteFile("http.scriban", LargeCatalog.Template);
        var destination = directory.Combine("conf.d", DestinationName);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        LargeCatalog.Write(directory.Combine("catalog-a.json"), nodes: 200, services: 200, portBase: 8000);
        LargeCatalog.Write(directory.Combine("catalog-b.json"), nodes: 200, services: 200, portBase: 10000);
        return [new RenderRun(directory.Combine("catalog-a.json"), template, destination, "a"), new RenderRun(directory.Combine("catalog-b.json"), template, destination, "b")];
    }

    private static ChildUnderTest StartRenderer(RenderRun render) =>
        ChildUnderTest.Start(
            TestDummy.HostPath,
            [Path.Combine(AppContext.BaseDirectory, "renderer.dll"), "render", "-once", "-catalog", render.Catalog,
             "-template", $"{render.Template}:{render.Destination}", "-var", $"label={render.Label}", "-log-level", "warn"],
            _ => false);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record RenderRun(string Catalog, string Template, string Destination, string Label);
}

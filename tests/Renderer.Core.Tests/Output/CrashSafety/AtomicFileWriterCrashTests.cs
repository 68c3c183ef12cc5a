using System.Diagnostics;
using System.Runtime.Versioning;
using Renderer.TestKit;
using Xunit.Abstractions;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// Issue 6, item 1: SIGKILL a process that writes 1–4 MiB files through AtomicFileWriter in a loop, at random moments
/// spread over its write cycle (reading, temporary file, fsync, .bak copy, rename, directory fsync). After every kill
/// the destination must be the whole old or the whole new version, and nothing nginx's <c>include *.conf</c> would
/// load may sit next to it. CRASH_TRIALS sets the number of kills (docs/reliability.md has the 1,000-kill run).
/// </summary>
[Collection(CrashSafetyCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class AtomicFileWriterCrashTests(ITestOutputHelper output)
{
    private const string DestinationName = "upstreams.conf";
    private const double KillWindowInCycles = 2.5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [LinuxOnlyFact]
    public async Task A_writer_killed_at_random_moments_leaves_the_whole_old_or_new_file_and_nothing_nginx_would_include()
    {
        var settings = CrashTrialSettings.FromEnvironment();
        using var directory = TempDirectory.Create("crash-writer");
        var destination = directory.Combine(DestinationName);
        var cycle = await CalibrateAsync(destination);
        var random = new Random(settings.Seed);
        var tally = new CrashTally();
        var before = new TrialEnd(Verify(destination, "calibration"), new HashSet<string>());

        for (var trial = 1; trial <= settings.WriterTrials; trial++)
        {
            var delay = cycle * (random.NextDouble() * KillWindowInCycles);
            before = await RunTrialAsync(new Trial(trial, settings.Seed, destination, delay), before, tally);
        }

        await RunToCompletionAsync(destination, "final", count: 1);
        var final = OutputDirectoryState.Read(destination);
        output.WriteLine(tally.Describe($"AtomicFileWriter, SIGKILL during a loop of 1-4 MiB writes (one write cycle: {cycle.TotalMilliseconds:F0} ms)", settings.Seed));
        output.WriteLine($"  temporaries after a final complete write: {final.Temporaries.Count}");
        Assert.Equal(0, tally.LeftoversAfterNextWrite);
        Assert.Empty(final.Temporaries);
    }

    private static async Task<TrialEnd> RunTrialAsync(Trial trial, TrialEnd before, CrashTally tally)
    {
        var backup = trial.Number % 2 == 0;
        ChildExit exit;
        using (var child = StartLoop(trial.Destination, trial.Tag, count: 0, backup))
        {
            if (!await child.WaitForSignalAsync(StartTimeout))
            {
                Assert.Fail($"{trial}: the loop exited before its first write:\n{child.WaitForExit().Errors}");
            }

            child.KillAfter(trial.KillDelay);
            exit = child.WaitForExit();
        }

        Assert.True(exit.WasKilled, $"{trial}: the loop ended with exit code {exit.ExitCode}, not by the SIGKILL:\n{exit.Errors}");
        var log = WriteLoopLog.Parse(exit.Lines);
        var state = OutputDirectoryState.Read(trial.Destination);
        AssertNothingElseIncludable(trial, state);
        var stamp = Verify(state.Destination, $"{trial}: {DestinationName}");
        tally.FilesVerifiedWhole += 1 + (state.Backup is null ? 0 : VerifyBackup(trial, state.Backup));
        Judge(trial, before, log, state, stamp, tally);
        return new TrialEnd(stamp, state.Temporaries);
    }

    private static void Judge(Trial trial, TrialEnd before, WriteLoopLog log, OutputDirectoryState state, VersionStamp stamp, CrashTally tally)
    {
        tally.Trials++;
        var newTemporaries = state.Temporaries.Except(before.Temporaries).ToArray();
        tally.StaleTemporariesLeft += newTemporaries.Length;
        tally.MostTemporariesAtOnce = Math.Max(tally.MostTemporariesAtOnce, state.Temporaries.Count);
        if (log.LastDone > 0)
        {
            // A write completed after the previous kill: whatever that kill left should be gone by now.
            tally.LeftoversAfterNextWrite += state.Temporaries.Intersect(before.Temporaries).Count();
        }

        var latest = new VersionStamp(trial.Tag, log.LastBegun);
        if (!log.KilledDuringWrite)
        {
            tally.KillsBetweenWrites++;
            Assert.True(stamp == latest, $"{trial}: killed after 'done {log.LastDone}' but {DestinationName} holds {stamp}");
            return;
        }

        tally.KillsDuringWrite++;
        var old = log.LastBegun == 1 ? before.Stamp : latest with { Version = log.LastBegun - 1 };
        Assert.True(stamp == old || stamp == latest, $"{trial}: killed while writing {latest}; {DestinationName} holds {stamp}, neither it nor the old {old}");
        if (stamp == latest)
        {
            tally.NewOutcomes++;
            return;
        }

        tally.OldOutcomes++;
        tally.KilledBeforeTemporaryFile += newTemporaries.Length == 0 ? 1 : 0;
        tally.KilledWithTemporaryFile += newTemporaries.Length == 0 ? 0 : 1;
        tally.KilledDuringBackup += newTemporaries.Any(n => n.StartsWith($".{DestinationName}.bak.", StringComparison.Ordinal)) ? 1 : 0;
    }

    private static void AssertNothingElseIncludable(Trial trial, OutputDirectoryState state)
    {
        Assert.True(state.Includable.SequenceEqual([DestinationName]),
            $"{trial}: include *.conf would load [{string.Join(", ", state.Includable)}], not just {DestinationName}");
        Assert.True(state.Unexpected.Count == 0, $"{trial}: unexpected files next to the destination: {string.Join(", ", state.Unexpected)}");
    }

    private static int VerifyBackup(Trial trial, byte[] backup)
    {
        Verify(backup, $"{trial}: {DestinationName}.bak");
        return 1;
    }

    private static VersionStamp Verify(string path, string what) =>
        Verify(File.Exists(path) ? File.ReadAllBytes(path) : null, what);

    private static VersionStamp Verify(byte[]? content, string what)
    {
        Assert.True(content is not null, $"{what} does not exist");
        var stamp = SelfCheckingContent.Verify(content, out var problem);
        Assert.True(stamp is not null, $"{what} is not a whole version: {problem}");
        return stamp;
    }

    /// <summary>Four complete writes (creating the destination): the loop works unkilled, and how long one write takes.</summary>
    private static async Task<TimeSpan> CalibrateAsync(string destination)
    {
        const int writes = 4;
        var elapsed = await RunToCompletionAsync(destination, "calibration", writes);
        return elapsed / writes;
    }

    private static async Task<TimeSpan> RunToCompletionAsync(string destination, string tag, int count)
    {
        using var child = StartLoop(destination, tag, count, backup: true);
        await child.WaitForSignalAsync(StartTimeout);
        var clock = Stopwatch.StartNew();
        var exit = child.WaitForExit();
        Assert.True(exit.ExitCode == 0, $"'{child.CommandLine}' failed with exit code {exit.ExitCode}:\n{exit.Errors}");
        Assert.Equal(new WriteLoopLog(count, count), WriteLoopLog.Parse(exit.Lines));
        return clock.Elapsed;
    }

    private static ChildUnderTest StartLoop(string destination, string tag, int count, bool backup) =>
        ChildUnderTest.Start(
            TestDummy.HostPath,
            TestDummy.Arguments("atomic-write-loop", destination, tag, count.ToString(System.Globalization.CultureInfo.InvariantCulture), backup ? "true" : "false"),
            line => line.StartsWith("begin ", StringComparison.Ordinal));

    private sealed record Trial(int Number, int Seed, string Destination, TimeSpan KillDelay)
    {
        public string Tag => $"trial{Number}";

        public override string ToString() =>
            $"trial {Number} (CRASH_SEED={Seed}, SIGKILL {KillDelay.TotalMilliseconds:F1} ms after the first write began)";
    }

    private sealed record TrialEnd(VersionStamp Stamp, IReadOnlySet<string> Temporaries);
}

using System.Text;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>The counts a crash test prints: where the kills landed and what they left.</summary>
internal sealed class CrashTally
{
    public int Trials { get; set; }

    /// <summary>Kills while a write was in flight (the child had started it and not reported it done).</summary>
    public int KillsDuringWrite { get; set; }

    /// <summary>Kills between two writes of the loop, or after the renderer's write (the whole new file is required).</summary>
    public int KillsBetweenWrites { get; set; }

    /// <summary>Children that finished before the kill was sent (the renderer variant only).</summary>
    public int FinishedBeforeKill { get; set; }

    /// <summary>Kills during a write that left the whole old file.</summary>
    public int OldOutcomes { get; set; }

    /// <summary>Kills during a write that left the whole new file (killed after the rename).</summary>
    public int NewOutcomes { get; set; }

    /// <summary>Old outcomes with no temporary file yet: killed while reading, comparing or cleaning up.</summary>
    public int KilledBeforeTemporaryFile { get; set; }

    /// <summary>Old outcomes with the temporary file present: killed while writing or syncing it, or before the rename.</summary>
    public int KilledWithTemporaryFile { get; set; }

    /// <summary>Of those, kills while the <c>.bak</c> copy was being written.</summary>
    public int KilledDuringBackup { get; set; }

    /// <summary>Destinations and <c>.bak</c> copies read back after a kill and found whole.</summary>
    public int FilesVerifiedWhole { get; set; }

    /// <summary>Temporary files the kills left (summed over trials).</summary>
    public int StaleTemporariesLeft { get; set; }

    /// <summary>The most temporary files present at once after a kill.</summary>
    public int MostTemporariesAtOnce { get; set; }

    /// <summary>Temporary files of earlier kills still present after a later write completed (the cleanup's job).</summary>
    public int LeftoversAfterNextWrite { get; set; }

    public string Describe(string title, int seed)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title} (seed {seed})");
        text.AppendLine($"  trials:                           {Trials}");
        text.AppendLine($"  kills during a write:             {KillsDuringWrite}");
        text.AppendLine($"    whole old file:                 {OldOutcomes}");
        text.AppendLine($"      before the temporary file:    {KilledBeforeTemporaryFile}");
        text.AppendLine($"      with the temporary file:      {KilledWithTemporaryFile} (during the .bak copy: {KilledDuringBackup})");
        text.AppendLine($"    whole new file:                 {NewOutcomes}");
        text.AppendLine($"  kills between writes:             {KillsBetweenWrites}");
        text.AppendLine($"  finished before the kill:         {FinishedBeforeKill}");
        text.AppendLine($"  files read back, all whole:       {FilesVerifiedWhole}");
        text.AppendLine($"  stale temporaries left by kills:  {StaleTemporariesLeft} (most at once: {MostTemporariesAtOnce})");
        text.AppendLine($"  left over after the next write:   {LeftoversAfterNextWrite}");
        return text.ToString();
    }
}

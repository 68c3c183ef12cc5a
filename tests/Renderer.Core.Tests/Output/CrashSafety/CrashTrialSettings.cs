using System.Globalization;

namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// How many kills the crash tests make, from the environment: <c>CRASH_TRIALS</c> (writer loop, default 60),
/// <c>CRASH_RENDERER_TRIALS</c> (real <c>renderer render -once</c>, default a tenth of CRASH_TRIALS, at least 8) and
/// <c>CRASH_SEED</c> (the kill moments, default 6001). The stress run of docs/reliability.md sets CRASH_TRIALS=1000.
/// </summary>
internal sealed record CrashTrialSettings(int WriterTrials, int RendererTrials, int Seed)
{
    public static CrashTrialSettings FromEnvironment()
    {
        var writerTrials = Read("CRASH_TRIALS", 60);
        return new CrashTrialSettings(writerTrials, Read("CRASH_RENDERER_TRIALS", Math.Max(8, writerTrials / 10)), Read("CRASH_SEED", 6001));
    }

    private static int Read(string name, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name}='{text}' is not a positive whole number.");
    }
}

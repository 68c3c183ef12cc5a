using System.Globalization;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// How many hostile registrations the fuzz tests generate, and from which seed.
/// </summary>
/// <remarks>
/// The default keeps this suite near a minute on two cores. The full run of the issue:
/// <code>
/// HOSTILE_COUNT=10000 dotnet test tests/Renderer.Templates.Tests/Renderer.Templates.Tests.csproj --filter "FullyQualifiedName~Hostile" --logger "console;verbosity=detailed"
/// </code>
/// (the detailed logger prints each test's counts). HOSTILE_SEED picks another deterministic sequence.
/// </remarks>
internal static class HostileSettings
{
    /// <value>1,000 when HOSTILE_COUNT is not set.</value>
    public const int DefaultCount = 1000;

    /// <value>20,240,606 when HOSTILE_SEED is not set.</value>
    public const int DefaultSeed = 20240606;

    public static int Count => Read("HOSTILE_COUNT", DefaultCount, minimum: 1);

    public static int Seed => Read("HOSTILE_SEED", DefaultSeed, minimum: int.MinValue);

    private static int Read(string name, int fallback, int minimum)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new InvalidOperationException($"{name}={HostileDisplay.Quote(text)} is not an integer of at least {minimum}.");
    }
}

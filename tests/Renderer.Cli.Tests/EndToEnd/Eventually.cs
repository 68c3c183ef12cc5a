using System.Diagnostics;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// Waits for a condition by polling with a deadline: real processes (the renderer, nginx, the simulator) take
/// their own time, so a test waits for what it expects instead of sleeping a fixed time and hoping.
/// </summary>
internal static class Eventually
{
    /// <summary>How long a condition may take; generous, because two cores may be busy with other test processes.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test with <paramref name="diagnostics"/> at the deadline.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string expectation, Func<string> diagnostics, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Expected within {limit.TotalSeconds:0} s: {expectation}.\n{diagnostics()}");
            }

            await Task.Delay(Interval);
        }
    }

    /// <inheritdoc cref="HoldsAsync(Func{Task{bool}}, string, Func{string}, TimeSpan?)"/>
    public static Task HoldsAsync(Func<bool> condition, string expectation, Func<string> diagnostics, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(condition()), expectation, diagnostics, timeout);
}

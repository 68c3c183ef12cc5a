using Renderer.TestKit;

namespace Renderer.Processes.Tests;

/// <summary>Builds commands that run tests/Renderer.TestDummy with the given steps.</summary>
internal static class Dummy
{
    public static ProcessCommand Command(params string[] steps) =>
        new ProcessCommand(TestDummy.HostPath).WithArguments(TestDummy.Arguments(steps));

    /// <summary>Polls for a file the dummy writes once its signal handlers are in place.</summary>
    public static async Task WaitForFileAsync(string path)
    {
        for (var attempt = 0; attempt < 400 && !File.Exists(path); attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(File.Exists(path), $"The dummy did not write '{path}' within 10 s.");
    }
}

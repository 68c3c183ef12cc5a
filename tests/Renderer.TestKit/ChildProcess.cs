using System.Diagnostics;
using System.Text;

namespace Renderer.TestKit;

/// <summary>Minimal synchronous child-process runner for the test kit (the product's runner is under test elsewhere).</summary>
internal static class ChildProcess
{
    public static ChildProcessResult Run(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not exit within {timeout}.");
        }

        process.WaitForExit();
        lock (gate)
        {
            return new ChildProcessResult(process.ExitCode, output.ToString());
        }

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}

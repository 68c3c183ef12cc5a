using System.Runtime.InteropServices;
using System.Text;

// A tiny child process for the process-runner tests. Arguments are steps run in order, e.g.
//   ignore-sigterm write-file /tmp/ready 1 sleep 60000
// Steps: exit N | sleep MS | echo TEXT | stderr TEXT | env NAME | pwd | pid | ignore-sigterm | write-file PATH TEXT | flood BYTES
//        | atomic-write-loop DEST TAG COUNT BACKUP (see AtomicWriteLoop.cs; COUNT 0 loops until killed, BACKUP true|false)
// By default SIGTERM prints "received SIGTERM" on stdout and exits with 143, so tests can tell an interrupt from a kill.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    if (Steps.IgnoreSigterm)
    {
        Console.Error.WriteLine("ignoring SIGTERM");
        return;
    }

    Console.Out.WriteLine("received SIGTERM");
    Console.Out.Flush();
    Environment.Exit(143);
});

return Steps.Run(args);

internal static class Steps
{
    public static volatile bool IgnoreSigterm;

    public static int Run(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var step = args[i];
            string Next() => ++i < args.Length ? args[i] : throw new ArgumentException($"Step '{step}' needs a value.");
            switch (step)
            {
                case "exit": return int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture);
                case "sleep": Thread.Sleep(int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "echo": Console.Out.WriteLine(Next()); Console.Out.Flush(); break;
                case "stderr": Console.Error.WriteLine(Next()); Console.Error.Flush(); break;
                case "env": Console.Out.WriteLine(Environment.GetEnvironmentVariable(Next()) ?? "<unset>"); break;
                case "pwd": Console.Out.WriteLine(Environment.CurrentDirectory); break;
                case "pid": Console.Out.WriteLine(Environment.ProcessId); Console.Out.Flush(); break;
                case "ignore-sigterm": IgnoreSigterm = true; break;
                case "write-file": File.WriteAllText(Next(), Next()); break;
                case "flood": Flood(long.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "atomic-write-loop":
                    AtomicWriteLoop.Run(Next(), Next(), int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture), bool.Parse(Next()));
                    break;
                default:
                    Console.Error.WriteLine($"Unknown step '{step}'.");
                    return 64;
            }
        }

        return 0;
    }

    // Writes BYTES bytes of numbered lines ("000001\n", …) so a test can tell which tail was kept.
    private static void Flood(long bytes)
    {
        using var stdout = Console.OpenStandardOutput();
        var line = 0;
        var written = 0L;
        while (written < bytes)
        {
            var chunk = Encoding.ASCII.GetBytes($"{++line:D6}\n");
            var count = (int)Math.Min(chunk.Length, bytes - written);
            stdout.Write(chunk, 0, count);
            written += count;
        }
    }
}

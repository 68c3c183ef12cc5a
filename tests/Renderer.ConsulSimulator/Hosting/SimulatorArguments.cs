using System.Globalization;

namespace Renderer.ConsulSimulator.Hosting;

/// <summary>Command line of the standalone simulator.</summary>
internal sealed record SimulatorArguments(int Port, string? CatalogPath, string Datacenter, bool ShowHelp)
{
    public const string Usage =
        "usage: Renderer.ConsulSimulator [--port <port>] [--catalog <seed.json>] [--datacenter <name>]\n" +
        "  --port        HTTP port on 127.0.0.1 (default 8500; 0 picks a free port)\n" +
        "  --catalog     seed file with nodes, services, checks and KV (format: README.md)\n" +
        "  --datacenter  the agent's datacenter (default dc1)";

    /// <exception cref="ArgumentException">An unknown option or a bad value, named in the message.</exception>
    public static SimulatorArguments Parse(IReadOnlyList<string> args)
    {
        var result = new SimulatorArguments(8500, null, "dc1", false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return result with { ShowHelp = true };
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"error: option {name} needs a value.");
            }

            var value = args[++i];
            result = name switch
            {
                "--port" => result with { Port = ParsePort(value) },
                "--catalog" => result with { CatalogPath = value },
                "--datacenter" => result with { Datacenter = value },
                _ => throw new ArgumentException($"error: unknown option \"{name}\"."),
            };
        }

        return result;
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"error: --port must be a number from 0 to 65535, got \"{value}\".");
}

using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Renderer.ConsulSimulator;
using Renderer.TestKit;

namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>
/// The whole deployment of seed scenario 1 on loopback, each part a real process or socket: HTTP backends
/// registered in the Consul simulator, a real nginx master whose <c>http {}</c> includes the rendered file, and
/// <c>renderer render</c> as a child process rendering the shipped <c>templates/nginx-http.scriban</c>, checking
/// with <c>nginx -t</c> and reloading with <c>nginx -s reload</c>. Disposing stops every process it started.
/// </summary>
internal sealed partial class ProxyStack : IAsyncDisposable
{
    public const string ServiceName = "web";

    private readonly TempDirectory _work = TempDirectory.Create("e2e");
    private readonly List<HttpBackend> _backends = [];
    private NginxSandbox? _nginx;
    private ConsulSimulator.ConsulSimulator? _simulator;
    private RendererProcess? _renderer;

    private ProxyStack()
    {
        ListenPort = FreePort.Next();
    }

    /// <summary>The port nginx serves the <c>web</c> upstream on (127.0.0.1).</summary>
    public int ListenPort { get; }

    public ConsulSimulator.ConsulSimulator Simulator => _simulator ?? throw NotStarted();

    public RendererProcess Renderer => _renderer ?? throw NotStarted();

    public NginxSandbox Nginx => _nginx ?? throw NotStarted();

    /// <summary>The template the renderer reads (a copy of the shipped one, so a test may edit it).</summary>
    public string TemplatePath => _work.Combine("nginx-http.scriban");

    /// <summary>The rendered file nginx includes inside <c>http {}</c>.</summary>
    public string DestinationPath => _work.Combine("upstreams.conf");

    public string ConfigPath => _work.Combine("renderer.json");

    public string DestinationText => File.ReadAllText(DestinationPath);

    public HttpBackend Backend(string name) => _backends.Single(backend => backend.Name == name);

    /// <summary>Starts backends, simulator (with the backends registered), nginx on a placeholder file, and the renderer.</summary>
    public static async Task<ProxyStack> StartAsync(ProxyStackOptions? options = null)
    {
        options ??= new ProxyStackOptions();
        var stack = new ProxyStack();
        try
        {
            await stack.StartPartsAsync(options);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_renderer is not null)
        {
            await _renderer.DisposeAsync();
        }

        _nginx?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        foreach (var backend in _backends)
        {
            await backend.DisposeAsync();
        }

        _http.Dispose();
        _work.Dispose();
    }

    private async Task StartPartsAsync(ProxyStackOptions options)
    {
        _backends.AddRange(options.Backends.Select(HttpBackend.Start));
        _simulator = await ConsulSimulator.ConsulSimulator.StartAsync(new SimulatorOptions
        {
            // The renderer asks wait=5m; answers come on every change anyway, a short cap only bounds a stuck read.
            MaxWait = TimeSpan.FromSeconds(10),
            JitterEnabled = false,
        });
        foreach (var backend in _backends)
        {
            await RegisterAsync(backend.Name, backend.Port);
        }

        if (options.ConsulDownAtStart)
        {
            await _simulator.StopAsync();
        }

        _nginx = await StartNginxAsync();
        File.WriteAllText(TemplatePath, File.ReadAllText(ShippedTemplatePath()) + options.TemplateSuffix);
        _renderer = RendererProcess.Start(_work.Path, RendererArguments(options));
    }

    /// <summary>
    /// nginx starts before the renderer, as in production: on a placeholder that already listens on the port
    /// and answers 503, so the first render is a real check and reload.
    /// </summary>
    private async Task<NginxSandbox> StartNginxAsync()
    {
        File.WriteAllText(DestinationPath, $"server {{\n    listen 127.0.0.1:{ListenPort};\n    return 503 \"not rendered yet\";\n}}\n");
        var nginx = NginxSandbox.Create();
        try
        {
            var main = nginx.WriteWrapper(NginxConfigKind.Http, DestinationPath);
            await nginx.StartAsync(main);
            return nginx;
        }
        catch
        {
            nginx.Dispose();
            throw;
        }
    }

    private List<string> RendererArguments(ProxyStackOptions options)
    {
        var check = Nginx.TestCommandLine(Nginx.MainConfigPath);
        var reload = Nginx.ReloadCommandLine(Nginx.MainConfigPath);
        List<string> arguments = ["render"];
        if (options.UseConfigFile)
        {
            WriteConfig(check, reload);
            arguments.AddRange(["-config", ConfigPath]);
        }
        else
        {
            arguments.AddRange(["-template", $"{TemplatePath}:{DestinationPath}:{reload}"]);
        }

        arguments.AddRange([
            "-consul-addr", $"127.0.0.1:{Simulator.Address.Port}",
            "-var", $"http_listen=127.0.0.1:{ListenPort}",
            "-log-level", "debug",
        ]);
        return arguments;
    }

    private void WriteConfig(string check, string reload)
    {
        var template = new JsonObject
        {
            ["source"] = TemplatePath,
            ["destination"] = DestinationPath,
            ["check"] = check,
            ["command"] = reload,
            ["command_timeout"] = "10s",
        };
        File.WriteAllText(ConfigPath, new JsonObject { ["templates"] = new JsonArray(template) }.ToJsonString());
    }

    private static string ShippedTemplatePath([CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Renderer.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException($"No Renderer.sln above {source}.")
            : Path.Combine(directory.FullName, "templates", "nginx-http.scriban");
    }

    private static InvalidOperationException NotStarted() => new("The stack is not started.");
}

using System.Diagnostics;

namespace Renderer.TestKit;

/// <summary>
/// A throw-away nginx prefix in a temp folder: wraps a rendered configuration in a minimal main configuration
/// (pid, error log and temp paths inside the prefix, the stream module loaded when it is dynamic), checks it with
/// <c>nginx -t</c>, and starts, reloads and stops a real master on loopback ports. Nothing touches /etc/nginx, so
/// tests run as any user.
/// </summary>
public sealed partial class NginxSandbox : IDisposable
{
    private readonly TempDirectory _directory;
    private Process? _master;

    private NginxSandbox(TempDirectory directory, string binaryPath)
    {
        _directory = directory;
        BinaryPath = binaryPath;
        Directory.CreateDirectory(Path.Combine(Prefix, "conf"));
        Directory.CreateDirectory(Path.Combine(Prefix, "logs"));
        Directory.CreateDirectory(Path.Combine(Prefix, "temp"));
    }

    /// <summary>The nginx binary used.</summary>
    public string BinaryPath { get; }

    /// <summary>The prefix folder (passed as <c>-p</c>), ending without a separator.</summary>
    public string Prefix => _directory.Path;

    /// <summary>The error log nginx writes in this prefix (at level notice).</summary>
    public string ErrorLogPath => Path.Combine(Prefix, "logs", "error.log");

    /// <summary>The pid file of the master started by <see cref="StartAsync"/>.</summary>
    public string PidPath => Path.Combine(Prefix, "logs", "nginx.pid");

    /// <summary>The wrapper main configuration written by <see cref="WriteWrapper"/>.</summary>
    public string MainConfigPath => Path.Combine(Prefix, "conf", "nginx.conf");

    /// <summary>
    /// Directives for an <c>http {}</c> block that keep nginx inside the prefix (access log off, temp paths);
    /// a <see cref="NginxConfigKind.Main"/> configuration should include them so that it runs as non-root.
    /// </summary>
    public string HttpDefaults =>
        $"""
        access_log off;
        client_body_temp_path {Path.Combine(Prefix, "temp", "body")};
        proxy_temp_path {Path.Combine(Prefix, "temp", "proxy")};
        fastcgi_temp_path {Path.Combine(Prefix, "temp", "fastcgi")};
        uwsgi_temp_path {Path.Combine(Prefix, "temp", "uwsgi")};
        scgi_temp_path {Path.Combine(Prefix, "temp", "scgi")};
        """;

    /// <summary>Creates a sandbox; throws when nginx is not installed (guard the test with <see cref="NginxFactAttribute"/>).</summary>
    public static NginxSandbox Create() => new(TempDirectory.Create("nginx"), Nginx.RequireBinary());

    /// <summary>Writes <paramref name="content"/> to <c>conf/rendered.conf</c> and a wrapper that includes it.</summary>
    /// <returns>The wrapper's path, to pass as <c>-c</c>.</returns>
    public string WriteConfig(string content, NginxConfigKind kind)
    {
        var rendered = Path.Combine(Prefix, "conf", "rendered.conf");
        File.WriteAllText(rendered, content);
        return WriteWrapper(kind, rendered);
    }

    /// <summary>Writes <see cref="MainConfigPath"/>, which includes <paramref name="includedFile"/> in the context <paramref name="kind"/> names.</summary>
    /// <returns>The wrapper's path, to pass as <c>-c</c>.</returns>
    public string WriteWrapper(NginxConfigKind kind, string includedFile)
    {
        var include = $"include {Path.GetFullPath(includedFile)};";
        var head = Nginx.StreamModuleToLoad is { } module ? $"load_module {module};\n" : "";
        head += $"pid {PidPath};\nerror_log {ErrorLogPath} notice;\n";
        var body = kind switch
        {
            NginxConfigKind.Main => include + "\n",
            NginxConfigKind.Http => $"worker_processes 1;\nevents {{ worker_connections 64; }}\nhttp {{\n{Indent(HttpDefaults)}\n    {include}\n}}\n",
            NginxConfigKind.Stream => $"worker_processes 1;\nevents {{ worker_connections 64; }}\nstream {{\n    {include}\n}}\n",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown configuration kind."),
        };
        File.WriteAllText(MainConfigPath, head + body);
        return MainConfigPath;
    }

    /// <summary>Wraps and checks <paramref name="content"/> with <c>nginx -t</c>.</summary>
    public Task<NginxTestResult> TestAsync(string content, NginxConfigKind kind) =>
        TestConfigFileAsync(WriteConfig(content, kind));

    /// <summary>Runs <c>nginx -t</c> on a main configuration file in this prefix.</summary>
    public Task<NginxTestResult> TestConfigFileAsync(string mainConfigPath) =>
        Task.Run(() =>
        {
            var result = ChildProcess.Run(BinaryPath, ["-t", .. CommonArguments(mainConfigPath)], TimeSpan.FromSeconds(30));
            return new NginxTestResult(result.ExitCode, result.Output);
        });

    /// <summary>
    /// The <c>nginx -t</c> command line for <paramref name="mainConfigPath"/> in this prefix, quoted for <c>sh -c</c>;
    /// use it as the check command of the code under test.
    /// </summary>
    public string TestCommandLine(string mainConfigPath) =>
        ShellJoin([BinaryPath, "-t", "-q", .. CommonArguments(mainConfigPath)]);

    /// <summary>The <c>nginx -s reload</c> command line for the running master, quoted for <c>sh -c</c>.</summary>
    public string ReloadCommandLine(string mainConfigPath) =>
        ShellJoin([BinaryPath, "-s", "reload", .. CommonArguments(mainConfigPath)]);

    /// <inheritdoc />
    public void Dispose()
    {
        StopMaster();
        _directory.Dispose();
    }

    private IEnumerable<string> CommonArguments(string mainConfigPath) =>
        ["-c", Path.GetFullPath(mainConfigPath), "-p", Prefix + "/", "-e", ErrorLogPath];

    private static string Indent(string lines) =>
        string.Join('\n', lines.Split('\n').Select(line => "    " + line));

    private static string ShellJoin(IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Select(argument => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
}

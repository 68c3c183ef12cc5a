using System.Diagnostics;
using Renderer.Cli.Configuration;
using Renderer.Templates.Tests.Support;
using Renderer.TestKit;

namespace Renderer.Templates.Tests;

/// <summary>samples/systemd: the unit is valid for systemd, and the configuration it starts with is valid for Renderer.</summary>
public sealed class SystemdSampleTests
{
    private const string InstalledBinary = "/usr/local/bin/renderer";

    private static readonly string UnitPath = RepositoryFiles.PathOf("samples/systemd/renderer.service");

    private static readonly string ConfigPath = RepositoryFiles.PathOf("samples/systemd/config.json");

    [Fact]
    public void Config_file_reads_without_any_problem()
    {
        var result = ConfigFileReader.Read(ConfigPath, ConfigurationSource.FromFlag("-config"));

        Assert.Empty(result.Errors.Select(error => error.ToString()));
        Assert.NotEmpty(result.File!.Templates);
    }

    [Fact]
    public void Config_file_renders_shipped_templates_with_a_check_and_a_reload()
    {
        var templates = ConfigFileReader.Read(ConfigPath, ConfigurationSource.FromFlag("-config")).File!.Templates;

        Assert.All(templates, template =>
        {
            Assert.True(File.Exists(Path.Combine(RepositoryFiles.TemplatesDirectory, Path.GetFileName(template.Source.Value))), template.Source.Value);
            Assert.StartsWith("/etc/nginx/", template.Destination.Value, StringComparison.Ordinal);
            Assert.Contains("nginx -t", template.CheckCommand, StringComparison.Ordinal);
            Assert.Contains("nginx -s reload", template.Command, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Unit_starts_renderer_with_the_config_file_and_stops_it_gracefully()
    {
        var directives = UnitDirectives();

        Assert.Equal("simple", directives["Type"]);
        Assert.Equal($"{InstalledBinary} render -config /etc/renderer/config.json", directives["ExecStart"]);
        Assert.Equal("/bin/kill -HUP $MAINPID", directives["ExecReload"]);
        Assert.Equal("on-failure", directives["Restart"]);
        Assert.Equal("SIGTERM", directives["KillSignal"]);
        Assert.Equal("-/etc/renderer/renderer.env", directives["EnvironmentFile"]);
        Assert.Contains("/etc/nginx", directives["ReadWritePaths"].Split(' '));
    }

    [Fact]
    public void Unit_waits_longer_on_stop_than_a_check_and_a_reload_may_take()
    {
        var stopTimeout = TimeSpan.FromSeconds(int.Parse(UnitDirectives()["TimeoutStopSec"], System.Globalization.CultureInfo.InvariantCulture));
        var templates = ConfigFileReader.Read(ConfigPath, ConfigurationSource.FromFlag("-config")).File!.Templates;

        var longest = templates.Max(template => template.CommandTimeout ?? TimeSpan.FromSeconds(30));

        Assert.True(stopTimeout > 2 * longest, $"TimeoutStopSec={stopTimeout.TotalSeconds}s must exceed a check plus a reload ({2 * longest.TotalSeconds}s).");
    }

    [SystemdAnalyzeFact]
    public void Unit_passes_systemd_analyze_verify_without_a_warning()
    {
        using var directory = TempDirectory.Create("systemd");
        // verify also checks that ExecStart's binary exists; Renderer is not installed here, so point at one that is.
        var unit = directory.WriteFile("renderer.service", File.ReadAllText(UnitPath).Replace(InstalledBinary, "/bin/true", StringComparison.Ordinal));

        var (exitCode, output) = Run(SystemdAnalyzeFactAttribute.BinaryPath!, "verify", unit);

        Assert.True(exitCode == 0 && output.Length == 0, $"systemd-analyze verify exited with {exitCode}:\n{output}");
    }

    private static Dictionary<string, string> UnitDirectives() =>
        File.ReadLines(UnitPath)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] is not ('#' or ';' or '['))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    private static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (output + error.Result).Trim());
    }
}

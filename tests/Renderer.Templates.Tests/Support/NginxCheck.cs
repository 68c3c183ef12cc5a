using System.Globalization;
using System.Text.RegularExpressions;
using Renderer.TestKit;

namespace Renderer.Templates.Tests.Support;

/// <summary>Runs real <c>nginx -t</c> on a rendered output in a throw-away sandbox, in the context its kind names.</summary>
internal static partial class NginxCheck
{
    /// <summary>Ports from here on can be bound without root.</summary>
    private const int FirstUnprivilegedPort = 1024;

    /// <summary>Added to a privileged port: <c>listen 80;</c> is checked as <c>listen 127.0.0.1:10080;</c>.</summary>
    private const int PortShift = 10000;

    public static async Task<NginxTestResult> TestAsync(string rendered, TemplateOutputKind kind)
    {
        using var sandbox = NginxSandbox.Create();
        var context = kind switch
        {
            TemplateOutputKind.HttpContext => NginxConfigKind.Http,
            TemplateOutputKind.StreamContext => NginxConfigKind.Stream,
            TemplateOutputKind.MainConfiguration => NginxConfigKind.Main,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an nginx configuration."),
        };
        if (kind == TemplateOutputKind.MainConfiguration)
        {
            // nginx.conf includes this relative name (TemplateCase.Variables); nginx looks for it next to the main file.
            await File.WriteAllTextAsync(
                Path.Combine(Path.GetDirectoryName(sandbox.MainConfigPath)!, TemplateCase.HttpDefaultsFileName),
                sandbox.HttpDefaults + "\n");
        }

        return await sandbox.TestAsync(OnLoopback(rendered), context);
    }

    /// <summary>
    /// Moves every <c>listen</c> to 127.0.0.1 and an unprivileged port, leaving every other byte alone.
    /// </summary>
    /// <remarks>
    /// <c>nginx -t</c> binds each listen address (only "address in use" is forgiven in test mode), so as non-root
    /// <c>listen 80;</c> fails with "bind() to 0.0.0.0:80 failed (13: Permission denied)", and the tests would
    /// listen on every interface. A listen directive the pattern does not recognise is left for nginx to judge.
    /// </remarks>
    public static string OnLoopback(string configuration) =>
        ListenDirective().Replace(configuration, match =>
        {
            var port = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
            var checkedPort = port < FirstUnprivilegedPort ? port + PortShift : port;
            return $"{match.Groups["head"].Value}127.0.0.1:{checkedPort.ToString(CultureInfo.InvariantCulture)}";
        });

    [GeneratedRegex(@"(?m)^(?<head>[ \t]*listen[ \t]+)(?:\S+:)?(?<port>[0-9]{1,5})(?=[ \t;])")]
    private static partial Regex ListenDirective();
}

using System.Globalization;
using Renderer.Core.Running;

namespace Renderer.Cli.Configuration;

public static partial class RunnerOptionsBuilder
{
    private const UnixFileMode ReadableByOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private static readonly string[] AddressSchemes = ["http", "https", "unix"];

    private static ConsulConnectionSettings MergeConsul(CommandLineValues flags, ConfigFile? file, BuildPurpose purpose, ProblemCollector problems)
    {
        var consul = file?.Consul ?? new ConsulSection();
        var address = flags.ConsulAddress ?? consul.Address;
        CheckAddress(address, problems);
        if (flags.Token is { } token && string.IsNullOrWhiteSpace(token.Value))
        {
            problems.Error(token.Source, "the token is empty; leave the flag out to use CONSUL_HTTP_TOKEN or no token");
        }
        CheckTls(consul.Tls, problems);
        if (purpose != BuildPurpose.Check)
        {
            CheckTokenFile(consul.TokenFile, problems);
            CheckTlsFiles(consul.Tls, problems);
        }

        return new ConsulConnectionSettings
        {
            Address = address?.Value,
            Token = flags.Token?.Value ?? consul.Token?.Value,
            TokenFile = consul.TokenFile?.Value,
            Datacenter = consul.Datacenter?.Value,
            Namespace = consul.Namespace?.Value,
            HttpAuth = consul.HttpAuth?.Value,
            UseTls = consul.Tls.Enabled?.Value,
            VerifyTls = consul.Tls.Verify?.Value,
            CaFile = consul.Tls.CaCert?.Value,
            CaPath = consul.Tls.CaPath?.Value,
            ClientCertificateFile = consul.Tls.Cert?.Value,
            ClientKeyFile = consul.Tls.Key?.Value,
            TlsServerName = consul.Tls.ServerName?.Value,
            MaxConnections = MergeMaxConnections(flags.ConsulMaxConnections, consul, problems),
        };
    }

    private static int MergeMaxConnections(Located<string>? flag, ConsulSection consul, ProblemCollector problems)
    {
        if (flag is null)
        {
            return consul.MaxConnections?.Value ?? Defaults.Consul.MaxConnections;
        }
        if (int.TryParse(flag.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }
        problems.Error(flag.Source, $"\"{flag.Value}\" is not a whole number of connections between 1 and {int.MaxValue}");
        return Defaults.Consul.MaxConnections;
    }

    private static void CheckAddress(Located<string>? address, ProblemCollector problems)
    {
        if (address is null)
        {
            return;
        }
        var text = address.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(address.Source, "the Consul address is empty; leave it out to use CONSUL_HTTP_ADDR or 127.0.0.1:8500");
            return;
        }
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd < 0 ? null : text[..schemeEnd];
        if (scheme is not null && !AddressSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            problems.Error(address.Source, $"unsupported scheme \"{scheme}\" in the Consul address \"{text}\"; use host:port, http://, https:// or unix://");
            return;
        }
        var valid = string.Equals(scheme, "unix", StringComparison.OrdinalIgnoreCase)
            ? text.Length > "unix://".Length
            : Uri.TryCreate(scheme is null ? "http://" + text : text, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
        if (!valid)
        {
            problems.Error(address.Source, $"\"{text}\" is not a Consul address; write host:port (127.0.0.1:8500), http://host:port, https://host:port or unix:///path");
        }
    }

    private static void CheckTls(TlsSection tls, ProblemCollector problems)
    {
        if (tls.Cert is { } cert && tls.Key is null)
        {
            problems.Error(cert.Source, "a client certificate needs its private key: add \"key\" next to \"cert\"");
        }
        if (tls.Key is { } key && tls.Cert is null)
        {
            problems.Error(key.Source, "a private key needs its client certificate: add \"cert\" next to \"key\"");
        }
    }

    private static void CheckTlsFiles(TlsSection tls, ProblemCollector problems)
    {
        foreach (var (file, what) in new[] { (tls.CaCert, "CA certificate"), (tls.Cert, "client certificate"), (tls.Key, "private key") })
        {
            if (file is not null && !File.Exists(file.Value))
            {
                problems.Error(file.Source, $"the {what} \"{file.Value}\" does not exist");
            }
        }
        if (tls.CaPath is { } caPath && !Directory.Exists(caPath.Value))
        {
            problems.Error(caPath.Source, $"the CA directory \"{caPath.Value}\" does not exist");
        }
    }

    /// <summary>Checks the token file without reading it: its content must never reach a message.</summary>
    private static void CheckTokenFile(Located<string>? tokenFile, ProblemCollector problems)
    {
        if (tokenFile is null)
        {
            return;
        }
        var info = new FileInfo(tokenFile.Value);
        if (!info.Exists)
        {
            problems.Error(tokenFile.Source, $"the token file \"{tokenFile.Value}\" does not exist");
            return;
        }
        try
        {
            using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Error(tokenFile.Source, $"the token file \"{tokenFile.Value}\" cannot be read: {exception.GetType().Name}");
            return;
        }
        if (info.Length == 0)
        {
            problems.Error(tokenFile.Source, $"the token file \"{tokenFile.Value}\" is empty");
            return;
        }
        if (!OperatingSystem.IsWindows() && (info.UnixFileMode & ReadableByOthers) != 0)
        {
            var mode = Convert.ToString((int)info.UnixFileMode & 0x1FF, 8).PadLeft(4, '0');
            problems.Warning(tokenFile.Source, $"the token file \"{tokenFile.Value}\" is accessible to other users (mode {mode}); restrict it with: chmod 600 {tokenFile.Value}");
        }
    }
}

using Renderer.Consul.Exceptions;
using Env = Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Configuration;

/// <summary>One resolution of <see cref="ConsulClientOptions"/> against the environment; collects every problem.</summary>
internal sealed class ConnectionResolver(ConsulClientOptions options)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];

    public ConsulConnection Resolve()
    {
        _problems.AddRange(options.ValidateTunables());
        var address = ResolveAddress();
        var useTls = address.RequiresTls || ResolveTlsFlag();
        var (token, tokenSource) = ResolveToken();
        var connection = new ConsulConnection
        {
            Address = address,
            UseTls = useTls,
            Token = token,
            TokenSource = tokenSource,
            BasicAuth = Pick(options.HttpAuth, Env.HttpAuth) is { } auth ? ConsulBasicAuth.Parse(auth) : null,
            Tls = ResolveTls(useTls),
            Datacenter = Blank(options.Datacenter),
            Namespace = Pick(options.Namespace, Env.Namespace),
            Warnings = _warnings,
        };
        return _problems.Count > 0 ? throw new ConsulConfigurationException(_problems) : connection;
    }

    private ConsulAddress ResolveAddress()
    {
        var (text, source) = options.Address is { Length: > 0 } explicitAddress
            ? (explicitAddress, "the Address option")
            : (Variable(Env.HttpAddress), Env.HttpAddress);
        if (text is null)
        {
            return ConsulAddress.Default;
        }

        if (ConsulAddress.TryParse(text, out var address, out var error))
        {
            return address;
        }

        _problems.Add($"{source}: {error}");
        return ConsulAddress.Default;
    }

    private bool ResolveTlsFlag()
    {
        if (options.UseTls is { } explicitTls)
        {
            return explicitTls;
        }

        // Spec §10.1: an unparsable CONSUL_HTTP_SSL is a warning and is ignored, as in Consul's client.
        var text = Variable(Env.HttpSsl);
        if (text is null)
        {
            return false;
        }

        if (GoBool.TryParse(text, out var value))
        {
            return value;
        }

        _warnings.Add($"{Env.HttpSsl}='{text}' is not a boolean ({GoBool.Accepted}); ignored");
        return false;
    }

    private (string? Token, string Source) ResolveToken()
    {
        var (token, source) =
            options.TokenFile is { Length: > 0 } explicitFile ? (ReadTokenFile(explicitFile, "the TokenFile option"), "TokenFile option")
            : options.Token is { Length: > 0 } explicitToken ? (explicitToken, "Token option")
            : Variable(Env.HttpTokenFile) is { } envFile ? (ReadTokenFile(envFile, Env.HttpTokenFile), Env.HttpTokenFile)
            : (Variable(Env.HttpToken), Env.HttpToken);
        if (string.IsNullOrEmpty(token))
        {
            return (null, "none");
        }

        // A control character would corrupt the header; the message names the source, never the value.
        if (token.Any(char.IsControl))
        {
            _problems.Add($"The ACL token from {source} contains control characters (a stray line break?)");
        }

        return (token, source);
    }

    private string? ReadTokenFile(string path, string source)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _problems.Add($"Error loading token file '{path}' ({source}): {ex.Message}");
            return null;
        }
    }

    private ConsulTlsSettings ResolveTls(bool useTls)
    {
        var verify = ResolveVerify();
        var serverName = Pick(options.TlsServerName, Env.TlsServerName) is { } name ? StripPort(name) : null;

        // Options beat variables as a pair, so an explicit CaPath is not overridden by an inherited CONSUL_CACERT.
        var explicitCa = options.CaFile is { Length: > 0 } || options.CaPath is { Length: > 0 };
        var caFile = explicitCa ? Blank(options.CaFile) : Variable(Env.CaCert);
        var caPath = explicitCa ? Blank(options.CaPath) : Variable(Env.CaPath);
        var explicitClient = options.ClientCertFile is { Length: > 0 } || options.ClientKeyFile is { Length: > 0 };
        var certFile = explicitClient ? Blank(options.ClientCertFile) : Variable(Env.ClientCert);
        var keyFile = explicitClient ? Blank(options.ClientKeyFile) : Variable(Env.ClientKey);
        if (useTls)
        {
            CheckCa(caFile, caPath, explicitCa);
            CheckClientCertificate(certFile, keyFile, explicitClient);
        }

        return new ConsulTlsSettings
        {
            VerifyServerCertificate = verify,
            CaFile = caFile,
            CaPath = caFile is null ? caPath : null,
            ClientCertFile = certFile,
            ClientKeyFile = keyFile,
            ServerName = serverName,
        };
    }

    private bool ResolveVerify()
    {
        if (options.VerifyTls is { } explicitVerify)
        {
            return explicitVerify;
        }

        var text = Variable(Env.HttpSslVerify);
        if (text is null)
        {
            return true;
        }

        // Deliberately stricter than Consul's client, which turns verification OFF on an unparsable value.
        if (!GoBool.TryParse(text, out var verify))
        {
            _problems.Add($"{Env.HttpSslVerify}='{text}' is not a boolean ({GoBool.Accepted})");
            return true;
        }

        return verify;
    }

    private void CheckCa(string? caFile, string? caPath, bool explicitCa)
    {
        var (fileSource, pathSource) = explicitCa ? ("the CaFile option", "the CaPath option") : (Env.CaCert, Env.CaPath);
        if (caFile is not null && !File.Exists(caFile))
        {
            _problems.Add($"CA file '{caFile}' ({fileSource}) does not exist");
        }

        if (caFile is null && caPath is not null && !Directory.Exists(caPath))
        {
            _problems.Add($"CA directory '{caPath}' ({pathSource}) does not exist");
        }

        if (caFile is not null && caPath is not null)
        {
            _warnings.Add($"{pathSource} is ignored because {fileSource} is set");
        }
    }

    private void CheckClientCertificate(string? certFile, string? keyFile, bool explicitClient)
    {
        var (certSource, keySource) = explicitClient
            ? ("the ClientCertFile option", "the ClientKeyFile option")
            : (Env.ClientCert, Env.ClientKey);
        if ((certFile is null) != (keyFile is null))
        {
            var (set, missing) = certFile is null ? (keySource, certSource) : (certSource, keySource);
            _problems.Add($"Both client cert and client key must be provided: {set} is set, {missing} is not");
            return;
        }

        foreach (var (file, source) in new[] { (certFile, certSource), (keyFile, keySource) })
        {
            if (file is not null && !File.Exists(file))
            {
                _problems.Add($"File '{file}' ({source}) does not exist");
            }
        }
    }

    private string? Pick(string? explicitValue, string variable) => Blank(explicitValue) ?? Variable(variable);

    /// <summary>Consul treats an empty variable as unset; so do we.</summary>
    private string? Variable(string name) => Blank(options.EnvironmentReader(name));

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Spec §10.1: a <c>:port</c> suffix on the TLS server name is dropped.</summary>
    private static string StripPort(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon != name.LastIndexOf(':'))
        {
            return name;
        }

        var port = name.AsSpan(colon + 1);
        return !port.IsEmpty && !port.ContainsAnyExceptInRange('0', '9') ? name[..colon] : name;
    }
}

using Env = Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Configuration;

/// <summary>The TLS facet: verification, CA, client certificate and server name.</summary>
internal sealed partial class ConnectionResolver
{
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

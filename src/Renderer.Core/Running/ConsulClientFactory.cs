using Microsoft.Extensions.Logging;
using Renderer.Consul;

namespace Renderer.Core.Running;

/// <summary>The user's Consul settings → a client; unset values fall back to Consul's environment variables.</summary>
public static class ConsulClientFactory
{
    public static ConsulClient Create(
        ConsulConnectionSettings settings, Func<string, string?> environment, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        var options = new ConsulClientOptions
        {
            Address = settings.Address,
            Token = settings.Token,
            TokenFile = settings.TokenFile,
            HttpAuth = settings.HttpAuth,
            UseTls = settings.UseTls,
            VerifyTls = settings.VerifyTls,
            CaFile = settings.CaFile,
            CaPath = settings.CaPath,
            ClientCertFile = settings.ClientCertificateFile,
            ClientKeyFile = settings.ClientKeyFile,
            TlsServerName = settings.TlsServerName,
            Datacenter = settings.Datacenter,
            Namespace = settings.Namespace,
            MaxConnectionsPerServer = settings.MaxConnections,
            EnvironmentReader = environment,
        };
        return new ConsulClient(options, loggerFactory, timeProvider);
    }
}

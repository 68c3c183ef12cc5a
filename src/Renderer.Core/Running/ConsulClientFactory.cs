using Microsoft.Extensions.Logging;
using Renderer.Consul;

namespace Renderer.Core.Running;

/// <summary>The user's Consul settings → a client; unset values fall back to Consul's environment variables.</summary>
public static class ConsulClientFactory
{
    /// <param name="retry">Retry policy; default: the client's (retry forever, which a watcher wants and a one-shot command does not).</param>
    public static ConsulClient Create(
        ConsulConnectionSettings settings,
        Func<string, string?> environment,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        ConsulRetryOptions? retry = null)
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
            Retry = retry ?? new ConsulRetryOptions(),
        };
        return new ConsulClient(options, loggerFactory, timeProvider);
    }
}

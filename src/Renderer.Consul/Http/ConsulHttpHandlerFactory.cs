using System.Net;
using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;

namespace Renderer.Consul.Http;

/// <summary>
/// The one transport a client uses: HTTP/1.1 keep-alive connections, at most
/// <see cref="ConsulClientOptions.MaxConnectionsPerServer"/> of them (each in-flight long poll holds one).
/// </summary>
internal static class ConsulHttpHandlerFactory
{
    public static SocketsHttpHandler Create(ConsulConnection connection, ConsulClientOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
            ConnectTimeout = options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.GZip,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        if (connection.Address.SocketPath is { } socketPath)
        {
            handler.ConnectCallback = UnixSocketConnector.Create(socketPath);
            handler.UseProxy = false;
        }

        if (connection.UseTls)
        {
            var problems = new List<string>();
            handler.SslOptions = TlsMaterial.CreateSslOptions(connection.Tls, problems);
            if (problems.Count > 0)
            {
                handler.Dispose();
                throw new ConsulConfigurationException(problems);
            }
        }

        return handler;
    }
}

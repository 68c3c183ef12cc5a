using System.Net;
using System.Security.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Renderer.ConsulSimulator.Endpoints;
using Renderer.ConsulSimulator.Hosting;
using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator;

/// <content>The Kestrel host: loopback listeners, connection gate, TLS, and the dispatcher as the only middleware.</content>
public sealed partial class ConsulSimulator
{
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private WebApplication? _app;
    private CancellationTokenSource? _stopping;

    private async Task ListenAsync(int httpPort, int? httpsPort, CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            var stopping = new CancellationTokenSource();
            var context = new SimulatorContext(Options, State, Faults, Counters, stopping.Token);
            var app = BuildApplication(context, httpPort, httpsPort);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch
            {
                await app.DisposeAsync();
                stopping.Dispose();
                throw;
            }

            (_app, _stopping) = (app, stopping);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)) + "/");
            var https = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal));
            HttpsAddress = https is null ? null : new Uri(https + "/");
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private WebApplication BuildApplication(SimulatorContext context, int httpPort, int? httpsPort)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_* variables: only what is set here.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration();

        // The simulator's clock is deliberately not registered as a service: Kestrel would pick it up for
        // its own timeouts, and a test advancing a fake clock by minutes would make it drop connections.
        var gate = new ConnectionGate(Counters, Options.MaxConnectionsPerClient);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, httpPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(gate.Middleware(plainText: true));
            });
            if (Certificates is { } certificates && httpsPort is { } port)
            {
                kestrel.Listen(IPAddress.Loopback, port, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1;
                    listen.Use(gate.Middleware(plainText: false));
                    listen.UseHttps(TlsSettings(certificates));
                });
            }
        });
        var app = builder.Build();
        var dispatcher = new RequestDispatcher(context, RouteTable.Routes);
        app.Run(dispatcher.DispatchAsync);
        return app;
    }

    private HttpsConnectionAdapterOptions TlsSettings(Tls.SimulatorCertificates certificates)
    {
        var required = Options.Tls!.RequireClientCertificate;
        return new HttpsConnectionAdapterOptions
        {
            ServerCertificate = certificates.ServerCertificate,
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateMode = required ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.NoCertificate,
            ClientCertificateValidation = (certificate, _, _) => certificates.IsIssuedByCa(certificate),
            HandshakeTimeout = TimeSpan.FromSeconds(5),
        };
    }

    private async Task StopListeningAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_app is not { } app)
            {
                return;
            }

            _app = null;
            await _stopping!.CancelAsync();

            // Blocked queries end through the stopping token; whatever else is in flight gets a short grace.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(grace.Token);
            await app.DisposeAsync();
            _stopping.Dispose();
        }
        finally
        {
            _lifecycle.Release();
        }
    }
}

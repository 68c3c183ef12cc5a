using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Renderer.Consul.Blocking;
using Renderer.Consul.Configuration;
using Renderer.Consul.Http;
using Renderer.Consul.Logging;
using Renderer.Consul.Resilience;

namespace Renderer.Consul;

/// <summary>
/// A typed client for the read side of Consul's HTTP API. One instance owns one <see cref="HttpClient"/> with
/// HTTP/1.1 keep-alive connections (at most <see cref="ConsulClientOptions.MaxConnectionsPerServer"/>); share it
/// among all watches. Every read returns its value with <see cref="QueryMeta"/>, retries transient failures
/// (<see cref="ConsulClientOptions.Retry"/>) and reports the rest as <see cref="Exceptions.ConsulException"/>s.
/// Thread-safe.
/// </summary>
public sealed partial class ConsulClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RequestBuilder _requests;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    /// <summary>Creates a client from options and Consul's environment variables.</summary>
    /// <exception cref="Exceptions.ConsulConfigurationException">Every problem with the options, variables or TLS files.</exception>
    public ConsulClient(ConsulClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(options, Resolve(options), handler: null, loggerFactory, timeProvider)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="handler"/> (tests, custom transports). The options' TLS,
    /// unix-socket and connection-limit settings are then the handler's business; the handler is not disposed.
    /// </summary>
    public ConsulClient(
        ConsulClientOptions options, HttpMessageHandler handler, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(options, Resolve(options), handler ?? throw new ArgumentNullException(nameof(handler)), loggerFactory, timeProvider)
    {
    }

    private ConsulClient(
        ConsulClientOptions options,
        ConsulConnection connection,
        HttpMessageHandler? handler,
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider)
    {
        Connection = connection;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<ConsulClient>();
        _requests = new RequestBuilder(connection, options);
        _pipeline = ConsulResilience.Create(options.Retry, _timeProvider, _logger);
        _http = handler is null
            ? new HttpClient(ConsulHttpHandlerFactory.Create(connection, options), disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        ConfigureHttpClient(_http, connection);
        foreach (var warning in connection.Warnings)
        {
            ConsulLog.ConfigurationWarning(_logger, warning);
        }

        ConsulLog.ClientCreated(
            _logger, connection.Address.ToString(), connection.UseTls, connection.TokenSource, options.MaxConnectionsPerServer);
    }

    /// <summary>The connection settings in use (token masked in <c>ToString()</c>).</summary>
    public ConsulConnection Connection { get; }

    /// <summary>
    /// Creates the index keeper for one watched read. <paramref name="fetch"/> calls one of this client's read
    /// methods with the <see cref="QueryOptions"/> it is given, e.g.
    /// <c>(q, ct) =&gt; client.GetHealthServiceAsync("web", passingOnly: true, tags: null, q, ct)</c>.
    /// </summary>
    public BlockingQuery<T> CreateBlockingQuery<T>(
        string name,
        Func<QueryOptions, CancellationToken, Task<QueryResult<T>>> fetch,
        BlockingQueryOptions? options = null,
        IEqualityComparer<T>? comparer = null) =>
        new(name, fetch, options, comparer, _timeProvider, _loggerFactory.CreateLogger<BlockingQuery<T>>());

    public void Dispose() => _http.Dispose();

    private static ConsulConnection Resolve(ConsulClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ConsulConnection.Resolve(options);
    }

    private static void ConfigureHttpClient(HttpClient http, ConsulConnection connection)
    {
        // All time-outs run on the TimeProvider (per attempt, sized to the blocking wait), never on HttpClient's timer.
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestVersion = HttpVersion.Version11;
        http.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        var headers = http.DefaultRequestHeaders;
        if (connection.Token is { } token)
        {
            headers.TryAddWithoutValidation(ConsulHeaders.Token, token);
        }

        if (connection.BasicAuth is { } auth)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{auth.UserName}:{auth.Password}"));
            headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        // The pool takes the TLS target host (SNI and name check) from the Host header when one is set;
        // SslClientAuthenticationOptions.TargetHost would be overwritten by the URI host.
        if (connection.UseTls && connection.Tls.ServerName is { } serverName)
        {
            headers.Host = serverName;
        }
    }
}

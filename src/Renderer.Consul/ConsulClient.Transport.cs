using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Http;
using Renderer.Consul.Logging;

namespace Renderer.Consul;

public sealed partial class ConsulClient
{
    /// <summary>Sends a read through the retry pipeline; <c>Value</c> is <c>default</c> for JSON null or an accepted 404.</summary>
    private async Task<(T? Value, QueryMeta Meta)> ReadAsync<T>(
        ConsulRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        return await _pipeline.ExecuteAsync(
            static (state, token) => state.Client.AttemptAsync(state.Request, state.TypeInfo, token),
            new AttemptState<T>(this, request, typeInfo),
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<(T? Value, QueryMeta Meta)> AttemptAsync<T>(
        ConsulRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(request.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = _timeProvider.GetTimestamp();
        try
        {
            using var message = CreateMessage(request);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            var meta = QueryMetaReader.Read(response, _timeProvider.GetElapsedTime(started));
            ConsulLog.RequestCompleted(
                _logger, request.Endpoint, request.Options.WaitIndex, (int)response.StatusCode, meta.LastIndex, meta.RequestTime);
            return await ReadResponseAsync(request, response, meta, typeInfo, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: our per-attempt time-out, or the handler's connect time-out.
            throw timeout.IsCancellationRequested
                ? ConsulUnavailableException.ForTimeout(request.Endpoint, request.Timeout, ex)
                : ConsulUnavailableException.ForTransport(request.Endpoint, ex);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            throw new ConsulTlsException(request.Endpoint, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw ConsulUnavailableException.ForTransport(request.Endpoint, ex, MissingClientCertificateHint(ex));
        }
    }

    // Under TLS 1.3 an agent with verify_incoming refuses a client without a certificate only after the handshake,
    // by closing the connection: the response ends before it starts, exactly as when the agent goes away. So it stays
    // transient, but the message names the likelier fix.
    private string? MissingClientCertificateHint(Exception exception) =>
        Connection.UseTls && Connection.Tls.ClientCertFile is null
        && exception is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }
            ? "the agent closed the connection without answering: if it requires client certificates (verify_incoming), " +
              "set CONSUL_CLIENT_CERT and CONSUL_CLIENT_KEY (or the ClientCertFile and ClientKeyFile options)"
            : null;

    private static HttpRequestMessage CreateMessage(ConsulRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, request.Uri);
        if (request.Options.Token is { Length: > 0 } token)
        {
            // Replaces the client's default token for this request only.
            message.Headers.TryAddWithoutValidation(ConsulHeaders.Token, token);
        }

        if (request.CacheControl is { } cacheControl)
        {
            message.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
        }

        return message;
    }

    private async Task<(T? Value, QueryMeta Meta)> ReadResponseAsync<T>(
        ConsulRequest request, HttpResponseMessage response, QueryMeta meta, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (status == HttpStatusCode.OK)
        {
            return (await DeserializeAsync(request, response, typeInfo, cancellationToken).ConfigureAwait(false), meta);
        }

        // Spec §6.9: a missing key is an answer with an index, so it can be watched until it appears.
        if (status == HttpStatusCode.NotFound && request.NotFoundIsEmpty)
        {
            return (default, meta);
        }

        var reason = Redaction.Scrub(
            await ErrorBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false),
            Connection.Token,
            request.Options.Token);
        throw status switch
        {
            HttpStatusCode.BadRequest => new ConsulBadRequestException(request.Endpoint, reason),
            HttpStatusCode.Forbidden => new ConsulAclException(request.Endpoint, reason),
            HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
                ConsulUnavailableException.ForStatus(request.Endpoint, status, reason, RetryAfterReader.Read(response, _timeProvider)),
            _ => new ConsulUnexpectedResponseException(request.Endpoint, status, reason.Length == 0 ? "(empty body)" : reason),
        };
    }

    private static async Task<T?> DeserializeAsync<T>(
        ConsulRequest request, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new ConsulUnexpectedResponseException(
                    request.Endpoint, response.StatusCode, $"the body is not the expected JSON ({ex.Message})", ex);
            }
        }
    }

    private readonly record struct AttemptState<T>(ConsulClient Client, ConsulRequest Request, JsonTypeInfo<T> TypeInfo);
}

using System.Net;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;
using Xunit.Abstractions;

namespace Renderer.Consul.Tests.Resilience;

/// <summary>When requests are repeated after transient failures, on the fake clock.</summary>
public sealed class RetryScheduleTests(ITestOutputHelper output)
{
    private static TimeSpan[] Gaps(IReadOnlyList<RecordedRequest> requests) =>
        [.. requests.Zip(requests.Skip(1), (a, b) => b.At - a.At)];

    [Fact]
    public async Task A_429_with_retry_after_seconds_is_retried_after_exactly_that_delay()
    {
        using var harness = new ClientHarness(r => r.Number == 1
            ? Respond.Text(HttpStatusCode.TooManyRequests, "rate limit exceeded").With("Retry-After", "7")
            : Respond.Json("[]", index: 3));

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromMilliseconds(6999));
        Assert.Single(harness.Requests);
        harness.Clock.Run(TimeSpan.FromMilliseconds(1));

        Assert.Equal(3UL, (await read).Meta.LastIndex);
        Assert.Equal(TimeSpan.FromSeconds(7), harness.Clock.Since(harness.Requests[1].At));
    }

    [Fact]
    public async Task A_429_with_retry_after_as_a_date_is_retried_at_that_date()
    {
        ClientHarness? harness = null;
        harness = new ClientHarness(r => r.Number == 1
            ? Respond.Text(HttpStatusCode.TooManyRequests, "")
                .With("Retry-After", (harness!.Clock.GetUtcNow() + TimeSpan.FromSeconds(12)).ToString("R"))
            : Respond.Json("[]", index: 3));
        using var owned = harness;

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromSeconds(20));
        await read;

        Assert.Equal([TimeSpan.FromSeconds(12)], Gaps(harness.Requests));
    }

    [Fact]
    public async Task A_429_without_retry_after_backs_off_exponentially()
    {
        using var harness = new ClientHarness(r => r.Number <= 3
            ? Respond.Text(HttpStatusCode.TooManyRequests, "Your IP is issuing too many concurrent connections, please rate limit your calls")
            : Respond.Json("[]", index: 3));

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromSeconds(10));
        await read;

        Assert.Equal([500, 1000, 2000], Gaps(harness.Requests).Select(g => g.TotalMilliseconds));
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_up_to_the_30_second_cap()
    {
        using var harness = new ClientHarness(r => r.Number <= 9
            ? Respond.Text(HttpStatusCode.InternalServerError, "No cluster leader")
            : Respond.Json("[]", index: 3));

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromMinutes(3));
        await read;

        Assert.Equal([0.5, 1, 2, 4, 8, 16, 30, 30, 30], Gaps(harness.Requests).Select(g => g.TotalSeconds));
    }

    [Fact]
    public async Task A_thirty_second_connection_outage_costs_a_bounded_number_of_requests()
    {
        // Jitter close to its maximum gives the shortest delays, hence the most requests an outage can cost.
        var options = ClientHarness.DefaultOptions with { Retry = new ConsulRetryOptions { Randomizer = () => 0.999 } };
        ClientHarness? harness = null;
        harness = new ClientHarness(
            (r, _) => harness!.Clock.Since(r.At) < TimeSpan.FromSeconds(30)
                ? Task.FromException<HttpResponseMessage>(Respond.ConnectionRefused())
                : Task.FromResult(Respond.Json("[]", index: 3)),
            options);
        using var owned = harness;

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromMinutes(1));
        await read;

        var duringOutage = harness.Requests.Count(r => harness.Clock.Since(r.At) < TimeSpan.FromSeconds(30));
        output.WriteLine($"Requests during a 30 s outage: {duringOutage}; first success after " +
                         $"{harness.Clock.Since(harness.Requests[^1].At).TotalSeconds:0.###} s");
        output.WriteLine("Request times (s): " + string.Join(", ", harness.Requests.Select(r => harness.Clock.Since(r.At).TotalSeconds)));
        Assert.InRange(duringOutage, 5, 10);
        Assert.True(harness.Clock.Since(harness.Requests[^1].At) < TimeSpan.FromSeconds(30 + 30), "recovered within one capped delay");
    }

    [Fact]
    public async Task A_cancellation_from_inside_the_transport_is_retried_like_a_connection_error()
    {
        // What SocketsHttpHandler throws when its ConnectTimeout expires: a cancellation nobody asked for.
        using var harness = new ClientHarness(
            (r, _) => r.Number == 1
                ? Task.FromException<HttpResponseMessage>(new TaskCanceledException("connect timed out", new TimeoutException()))
                : Task.FromResult(Respond.Json("[]", index: 3)));

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromSeconds(1));

        Assert.Equal(3UL, (await read).Meta.LastIndex);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], Gaps(harness.Requests));
    }

    [Fact]
    public async Task The_first_retry_of_an_outage_is_a_warning_and_later_ones_are_debug()
    {
        using var harness = new ClientHarness(
            (r, _) => r.Number <= 3
                ? Task.FromException<HttpResponseMessage>(Respond.ConnectionRefused())
                : Task.FromResult(Respond.Json("[]", index: 3)));

        var read = harness.Client.GetHealthServiceAsync("web");
        harness.Clock.Run(TimeSpan.FromSeconds(10));
        await read;

        var retries = harness.Logs.Entries.Where(e => e.Message.Contains("retry", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [Microsoft.Extensions.Logging.LogLevel.Warning, Microsoft.Extensions.Logging.LogLevel.Debug, Microsoft.Extensions.Logging.LogLevel.Debug],
            retries.Select(e => e.Level));
        Assert.All(retries, e => Assert.Equal("/v1/health/service/web", e.Values["Endpoint"]));
    }

    [Fact]
    public async Task With_max_retries_the_last_failure_surfaces_as_unavailable_with_consuls_reason()
    {
        var options = ClientHarness.DefaultOptions with
        {
            Retry = ClientHarness.DefaultOptions.Retry with { MaxRetries = 3 },
        };
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.ServiceUnavailable, "rate limit exceeded for operation that can only be performed by the leader"), options);

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromMinutes(1));
        var error = await Assert.ThrowsAsync<ConsulUnavailableException>(() => read);

        Assert.Equal(4, harness.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("performed by the leader", error.Reason);
        Assert.Equal("/v1/catalog/nodes", error.Endpoint);
    }

    [Fact]
    public async Task With_zero_retries_a_connection_error_surfaces_at_once()
    {
        var options = ClientHarness.DefaultOptions with { Retry = new ConsulRetryOptions { MaxRetries = 0 } };
        using var harness = new ClientHarness(
            (_, _) => Task.FromException<HttpResponseMessage>(Respond.ConnectionRefused()), options);

        var error = await Assert.ThrowsAsync<ConsulUnavailableException>(() => harness.Client.GetCatalogNodesAsync());

        Assert.Single(harness.Requests);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("Connection refused", error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, typeof(ConsulBadRequestException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(ConsulAclException))]
    [InlineData(HttpStatusCode.MethodNotAllowed, typeof(ConsulUnexpectedResponseException))]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, typeof(ConsulUnexpectedResponseException))]
    public async Task Client_errors_other_than_429_are_never_retried(HttpStatusCode status, Type expected)
    {
        using var harness = new ClientHarness(_ => Respond.Text(status, "nope"));

        var read = harness.Client.GetCatalogNodesAsync();
        harness.Clock.Run(TimeSpan.FromMinutes(5));
        var error = await Assert.ThrowsAnyAsync<ConsulException>(() => read);

        Assert.IsType(expected, error);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_stops_the_retries()
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.InternalServerError, "No cluster leader"));
        using var cancel = new CancellationTokenSource();

        var read = harness.Client.GetCatalogNodesAsync(cancellationToken: cancel.Token);
        harness.Clock.Run(TimeSpan.FromSeconds(1));
        await cancel.CancelAsync();
        harness.Clock.Run(TimeSpan.FromMinutes(5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(2, harness.Requests.Count);
    }
}

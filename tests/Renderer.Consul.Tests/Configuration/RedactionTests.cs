using System.Net;
using Renderer.Consul.Configuration;
using Renderer.Consul.Exceptions;
using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Configuration;

/// <summary>The token (and the basic-auth password) appear in no string that could reach a log or a terminal.</summary>
public sealed class RedactionTests
{
    private const string Token = "b1gs3cr3t-0000-4444-8888-t0k3n";
    private const string QueryToken = "qu3ry-s3cr3t-t0k3n";
    private const string Password = "hunter2-p4ssw0rd";

    [Fact]
    public void Options_print_without_the_token_or_the_password()
    {
        var options = new ConsulClientOptions { Token = Token, HttpAuth = "renderer:" + Password };

        var text = options.ToString();

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains("Token = [redacted]", text, StringComparison.Ordinal);
        Assert.Contains("UserName = renderer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolved_connection_prints_without_the_token_or_the_password()
    {
        var connection = ConsulConnection.Resolve(new ConsulClientOptions
        {
            EnvironmentReader = FakeEnvironment.Of(
                (ConsulEnvironmentVariables.HttpToken, Token), (ConsulEnvironmentVariables.HttpAuth, "u:" + Password)),
        });

        var text = connection.ToString();

        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.Contains("TokenSource = CONSUL_HTTP_TOKEN", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_options_print_without_their_token()
    {
        var text = new QueryOptions { Token = QueryToken, Datacenter = "dc1" }.ToString();

        Assert.DoesNotContain(QueryToken, text, StringComparison.Ordinal);
        Assert.Contains("Datacenter = dc1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unset_token_prints_as_empty_so_anonymous_access_stays_visible()
    {
        Assert.Contains("Token = ,", new ConsulClientOptions().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_that_echo_the_token_are_scrubbed_from_exceptions_and_logs()
    {
        var options = ClientHarness.DefaultOptions with { Token = Token };
        using var harness = new ClientHarness(
            r => r.Number switch
            {
                1 => Respond.Text(HttpStatusCode.InternalServerError, $"rpc error making call: token {Token} lookup failed"),
                2 => Respond.Text(HttpStatusCode.TooManyRequests, $"slow down, {Token}"),
                _ => Respond.Text(HttpStatusCode.Forbidden, $"ACL not found: {Token}"),
            },
            options);

        var read = harness.Client.GetHealthServiceAsync("web");
        harness.Clock.Run(TimeSpan.FromMinutes(1));
        var error = await Assert.ThrowsAsync<ConsulAclException>(() => read);

        Assert.Equal(Token, harness.Requests[0].Header("X-Consul-Token"));
        Assert.Equal("ACL not found: [redacted]", error.Reason);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains("[redacted]", harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, harness.Client.Connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_token_echoed_in_an_error_is_scrubbed_too()
    {
        using var harness = new ClientHarness(_ => Respond.Text(HttpStatusCode.BadRequest, $"bad token {QueryToken}"));

        var error = await Assert.ThrowsAsync<ConsulBadRequestException>(
            () => harness.Client.GetCatalogNodesAsync(new QueryOptions { Token = QueryToken }));

        Assert.DoesNotContain(QueryToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_client_and_reading_logs_nothing_that_contains_the_token()
    {
        var options = ClientHarness.DefaultOptions with { Token = Token };
        using var harness = new ClientHarness(_ => Respond.Json("[]", index: 4), options);

        await harness.Client.GetCatalogNodesAsync();

        Assert.NotEmpty(harness.Logs.Entries);
        Assert.DoesNotContain(Token, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.Entries, e => Equals(e.Values.GetValueOrDefault("TokenSource"), "Token option"));
    }
}

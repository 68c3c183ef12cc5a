namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// A Consul agent the contract runs against. Test data goes in through Consul's public HTTP API
/// (<c>PUT /v1/catalog/register</c>, <c>/v1/kv</c>), never through a back door, so the same contract drives the
/// simulator and a real agent.
/// </summary>
public interface IConsulTarget
{
    /// <summary>What the tests talk to, for test output (e.g. <c>simulator at http://127.0.0.1:41234/</c>).</summary>
    string Description { get; }

    /// <summary>The agent's address in <c>CONSUL_HTTP_ADDR</c> form.</summary>
    string Address { get; }

    /// <summary>Options for a client of this agent: address, token, environment, and few quick retries so a broken
    /// agent fails a test instead of hanging it.</summary>
    ConsulClientOptions ClientOptions { get; }

    /// <summary>Starts one test's data: names unique to the test, written through the HTTP API, removed on dispose.</summary>
    ConsulTestData BeginTest();

    /// <summary>
    /// Returns once a blocking query is parked on the agent, or once <paramref name="pending"/> has completed (the
    /// agent answered at once). A real agent does not tell, so that target waits a moment instead.
    /// </summary>
    Task WhenQueryParkedAsync(Task pending, CancellationToken cancellationToken);
}

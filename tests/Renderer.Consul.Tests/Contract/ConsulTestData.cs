namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// One test's data on a target: every name carries an ID unique to the test, so tests can share an agent (a real
/// one included) without seeing each other's data; disposing removes every node it registered and its KV tree.
/// </summary>
public sealed class ConsulTestData(ConsulApiWriter writer) : IAsyncDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);

    /// <summary>All of this test's keys live under this prefix.</summary>
    public string KeyPrefix => $"renderer-contract/{_id}/";

    /// <summary>A service or node name unique to this test, e.g. <c>ct-1a2b3c4d5e-web</c>.</summary>
    public string Name(string suffix) => $"ct-{_id}-{suffix}";

    /// <summary>A key unique to this test.</summary>
    public string Key(string relative) => KeyPrefix + relative;

    public async Task<TestInstance> RegisterAsync(TestInstance instance, CancellationToken cancellationToken)
    {
        lock (_nodes)
        {
            _nodes.Add(instance.Node);
        }

        await writer.RegisterAsync(instance, cancellationToken);
        return instance;
    }

    public Task SetServiceCheckAsync(TestInstance instance, string status, CancellationToken cancellationToken) =>
        writer.SetServiceCheckAsync(instance, status, cancellationToken);

    /// <param name="relative">Key below <see cref="KeyPrefix"/>.</param>
    public Task PutKeyAsync(string relative, string value, CancellationToken cancellationToken) =>
        writer.PutKeyAsync(Key(relative), value, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string[] nodes;
        lock (_nodes)
        {
            nodes = [.. _nodes];
        }

        foreach (var node in nodes)
        {
            await writer.DeregisterNodeAsync(node, cleanup.Token);
        }

        await writer.DeleteTreeAsync(KeyPrefix, cleanup.Token);
    }
}

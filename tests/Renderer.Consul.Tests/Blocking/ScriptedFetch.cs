using Renderer.Consul.Tests.Support;

namespace Renderer.Consul.Tests.Blocking;

/// <summary>A fetch delegate that answers from a script and records the options and time of every call.</summary>
public sealed class ScriptedFetch(TestClock clock, params (ulong Index, string Value)[] answers)
{
    private readonly Queue<(ulong Index, string Value)> _answers = new(answers);

    public List<(QueryOptions Options, TimeSpan At)> Calls { get; } = [];

    /// <summary>Answers when the script is exhausted; default: the last index + 1 (churn).</summary>
    public Func<int, (ulong Index, string Value)>? After { get; init; }

    public Task<QueryResult<string>> FetchAsync(QueryOptions options, CancellationToken cancellationToken)
    {
        Calls.Add((options, clock.Elapsed));
        var (index, value) = _answers.Count > 0 ? _answers.Dequeue()
            : After?.Invoke(Calls.Count) ?? ((ulong)Calls.Count, "v" + Calls.Count);
        return Task.FromResult(new QueryResult<string>(value, new QueryMeta { LastIndex = index }));
    }
}

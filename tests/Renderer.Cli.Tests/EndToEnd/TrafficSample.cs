namespace Renderer.Cli.Tests.EndToEnd;

/// <summary>Who answered a batch of requests sent through nginx: backend name (or error) → count.</summary>
internal sealed record TrafficSample(IReadOnlyDictionary<string, int> Answers)
{
    public int Total => Answers.Values.Sum();

    public int CountOf(string answer) => Answers.GetValueOrDefault(answer);

    /// <summary>True when every request was answered by one of <paramref name="backends"/>, and each of them answered at least once.</summary>
    public bool IsExactly(params HttpBackend[] backends) =>
        Answers.Count == backends.Length && backends.All(backend => CountOf(backend.Name) > 0);

    public override string ToString() =>
        string.Join(", ", Answers.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} × {pair.Value}"));
}

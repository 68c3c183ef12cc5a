namespace Renderer.Consul.Exceptions;

/// <summary>
/// The client cannot be created: every problem found in the options and Consul's environment variables, at once.
/// </summary>
public sealed class ConsulConfigurationException : ConsulException
{
    public ConsulConfigurationException(IReadOnlyList<string> problems)
        : base(Format(problems), null, null)
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"Invalid Consul client configuration: {problems[0]}."
            : "Invalid Consul client configuration:" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}

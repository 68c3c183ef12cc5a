namespace Renderer.Cli.Configuration;

/// <summary>Collects errors and warnings while the options are built, so all of them are reported together.</summary>
internal sealed class ProblemCollector
{
    private readonly List<ConfigurationError> _errors = [];
    private readonly List<ConfigurationError> _warnings = [];

    public IReadOnlyList<ConfigurationError> Errors => _errors;

    public IReadOnlyList<ConfigurationError> Warnings => _warnings;

    public bool HasErrors => _errors.Count > 0;

    public void Error(ConfigurationSource source, string message) => _errors.Add(new ConfigurationError(source, message));

    public void Warning(ConfigurationSource source, string message) =>
        _warnings.Add(new ConfigurationError(source, message, ConfigurationSeverity.Warning));

    public void AddRange(IEnumerable<ConfigurationError> problems)
    {
        foreach (var problem in problems)
        {
            (problem.IsWarning ? _warnings : _errors).Add(problem);
        }
    }
}

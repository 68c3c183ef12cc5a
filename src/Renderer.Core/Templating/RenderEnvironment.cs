namespace Renderer.Core.Templating;

/// <summary>What a template may read besides Consul: the <c>vars</c> given by the user and the process environment.</summary>
public sealed record RenderEnvironment
{
    /// <summary>The <c>vars</c> object (<c>-var name=value</c>).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads an environment variable for <c>env "NAME"</c>. Default: the process environment.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public static RenderEnvironment Default { get; } = new();
}

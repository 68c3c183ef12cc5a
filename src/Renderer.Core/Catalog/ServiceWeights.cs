namespace Renderer.Core.Catalog;

/// <summary>Service weights for DNS SRV answers, as templates see them: <c>{ passing, warning }</c>.</summary>
/// <param name="Passing">Weight while every check passes; Consul's default is 1.</param>
/// <param name="Warning">Weight while a check warns; Consul's default is 1.</param>
public sealed record ServiceWeights(int Passing, int Warning)
{
    /// <summary>Consul's default weights, <c>{ passing: 1, warning: 1 }</c>.</summary>
    public static ServiceWeights Default { get; } = new(1, 1);
}

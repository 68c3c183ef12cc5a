namespace Renderer.Consul.Models;

/// <summary>DNS weights of a service instance; Consul stores <c>{"Passing":1,"Warning":1}</c> when none are given.</summary>
/// <param name="Passing">Weight while passing; default 1.</param>
/// <param name="Warning">Weight while warning; default 1.</param>
public sealed record ServiceWeights(int Passing = 1, int Warning = 1)
{
    public static ServiceWeights Default { get; } = new();
}

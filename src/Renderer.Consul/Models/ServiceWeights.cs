namespace Renderer.Consul.Models;

/// <summary>DNS weights of a service instance; Consul stores <c>{"Passing":1,"Warning":1}</c> when none are given.</summary>
public sealed record ServiceWeights
{
    public static ServiceWeights Default { get; } = new();

    public int Passing { get; init; } = 1;

    public int Warning { get; init; } = 1;
}

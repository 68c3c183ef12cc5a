namespace Renderer.ConsulSimulator.State;

/// <summary>DNS weights of a service instance.</summary>
/// <param name="Passing">Weight while every check passes; Consul requires at least 1.</param>
/// <param name="Warning">Weight while a check warns; at least 0.</param>
public sealed record ServiceWeights(int Passing, int Warning)
{
    /// <summary>Consul's default, also stored in place of invalid weights: <c>{"Passing":1,"Warning":1}</c>.</summary>
    public static ServiceWeights Default { get; } = new(1, 1);

    internal bool IsValid => Passing >= 1 && Warning >= 0 && Passing <= 65535 && Warning <= 65535;
}

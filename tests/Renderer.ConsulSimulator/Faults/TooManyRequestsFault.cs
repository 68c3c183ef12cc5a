namespace Renderer.ConsulSimulator.Faults;

/// <summary>See <see cref="Fault.TooManyRequests"/>.</summary>
public sealed record TooManyRequestsFault(TimeSpan? RetryAfter, string Body) : Fault;

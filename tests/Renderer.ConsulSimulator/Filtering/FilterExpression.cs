namespace Renderer.ConsulSimulator.Filtering;

/// <summary>A parsed filter expression.</summary>
internal abstract record FilterExpression;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary><c>not inner</c>.</summary>
internal sealed record NotExpression(FilterExpression Inner) : FilterExpression;

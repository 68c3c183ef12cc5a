namespace Renderer.ConsulSimulator.Filtering;

/// <summary><c>left or right</c>.</summary>
internal sealed record OrExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;

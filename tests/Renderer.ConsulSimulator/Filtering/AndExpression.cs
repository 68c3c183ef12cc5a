namespace Renderer.ConsulSimulator.Filtering;

/// <summary><c>left and right</c>.</summary>
internal sealed record AndExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;

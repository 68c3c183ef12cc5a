namespace Renderer.ConsulSimulator.Filtering;

/// <summary>A matching expression; <c>"v" in Sel</c> is stored as <c>Sel contains "v"</c>.</summary>
internal sealed record MatchExpression(IReadOnlyList<string> Selector, string SelectorText, MatchOperator Operator, string? Value) : FilterExpression;

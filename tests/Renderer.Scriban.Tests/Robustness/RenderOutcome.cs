namespace Renderer.Scriban.Tests.Robustness;

/// <summary>What an engine run produced when it behaved: output, parse diagnostics or a runtime error.</summary>
public sealed record RenderOutcome(RenderOutcomeKind Kind, string Text);

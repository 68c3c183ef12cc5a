namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// What an engine run produced when it behaved: output, parse diagnostics or a runtime error.
/// <see cref="Errors"/> holds one entry per diagnostic (or the runtime error message).
/// </summary>
public sealed record RenderOutcome(RenderOutcomeKind Kind, string Text, IReadOnlyList<string> Errors);

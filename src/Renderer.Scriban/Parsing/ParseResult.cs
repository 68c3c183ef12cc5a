using Renderer.Scriban.Diagnostics;
using Renderer.Scriban.Syntax;

namespace Renderer.Scriban.Parsing;

public sealed record ParseResult(BlockStatement Body, IReadOnlyList<Diagnostic> Diagnostics);

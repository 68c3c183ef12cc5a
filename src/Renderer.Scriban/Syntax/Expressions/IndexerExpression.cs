using Renderer.Scriban.Parsing;

namespace Renderer.Scriban.Syntax;

/// <summary><c>a[i]</c>.</summary>
public sealed record IndexerExpression(SourceSpan Span, Expression Target, Expression Index, bool NullSafe) : Expression(Span, ExpressionKind.Indexer);

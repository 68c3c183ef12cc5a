using System.Collections.Immutable;

namespace Renderer.Benchmarks.Catalog;

/// <summary>What every instance of one synthetic service shares.</summary>
internal sealed record ServiceDraft(string Name, ServiceKind Kind, ImmutableArray<string> Tags, string Team, string Version);

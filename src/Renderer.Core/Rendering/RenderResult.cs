using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Rendering;

/// <summary>What one render produced and what it read.</summary>
/// <param name="Text">The rendered text; only meaningful when <see cref="IsComplete"/>.</param>
/// <param name="Used">Every dependency the template read, in first-use order: what must be watched.</param>
/// <param name="Missing">Dependencies without data yet; the output must not be written while any remain.</param>
public sealed record RenderResult(string Text, ImmutableArray<DependencyKey> Used, ImmutableArray<DependencyKey> Missing)
{
    public bool IsComplete => Missing.IsEmpty;
}

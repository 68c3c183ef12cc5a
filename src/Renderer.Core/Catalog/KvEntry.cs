namespace Renderer.Core.Catalog;

/// <summary>One entry of <c>ls</c> or <c>tree</c>: <c>{ key, value }</c>.</summary>
/// <param name="Key">The key relative to the prefix that was listed.</param>
/// <param name="Value">The value as text (UTF-8 decoded).</param>
public sealed record KvEntry(string Key, string Value);

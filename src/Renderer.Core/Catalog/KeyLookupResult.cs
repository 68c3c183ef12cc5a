namespace Renderer.Core.Catalog;

/// <summary>
/// The answer of <c>key</c>: the value, or "missing", in which case the render waits for the key as
/// consul-template does, rather than rendering an empty string.
/// </summary>
public sealed record KeyLookupResult
{
    private KeyLookupResult(string key, string? value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The normalized key that was looked up.</summary>
    public string Key { get; }

    /// <summary>The value, or null when the key does not exist.</summary>
    public string? Value { get; }

    /// <summary>Whether the key does not exist (an existing key with an empty value is not missing).</summary>
    public bool IsMissing => Value is null;

    /// <summary>The key exists with <paramref name="value"/>.</summary>
    public static KeyLookupResult Found(string key, string value) =>
        new(key, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The key does not exist.</summary>
    public static KeyLookupResult Missing(string key) => new(key, null);
}

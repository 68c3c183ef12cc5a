namespace Renderer.Core.Catalog;

/// <summary>
/// How KV paths given to <c>key</c>, <c>ls</c> and <c>tree</c> are normalized, so that equal requests are equal
/// dependencies and give equal answers.
/// </summary>
/// <remarks>
/// Leading slashes are dropped (Consul rejects keys that start with <c>/</c>, and <c>/app/x</c> plainly means
/// <c>app/x</c>). A prefix is a folder: <c>app</c> and <c>app/</c> both list what is inside <c>app/</c>, and
/// never <c>application/…</c>; Consul's own <c>?recurse</c> is a plain string prefix, which would let
/// <c>ls "app"</c> pick up <c>application</c>'s keys.
/// </remarks>
public static class KvPath
{
    /// <summary>Normalizes a key for <c>key</c> / <c>key_or_default</c>.</summary>
    /// <exception cref="QueryArgumentException">The key is empty (after dropping slashes) or holds control characters.</exception>
    public static string NormalizeKey(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        RefuseControlCharacters(path, "key");
        var key = path.TrimStart('/');
        return key.Length > 0 ? key
            : throw new QueryArgumentException("key", path, $"KV key {ValueDisplay.Quote(path)} is empty; name a key such as \"app/config\".");
    }

    /// <summary>
    /// Normalizes a prefix for <c>ls</c> / <c>tree</c>: the root is <c>""</c>, any other prefix ends with one
    /// <c>/</c>.
    /// </summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    public static string NormalizePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        RefuseControlCharacters(prefix, "prefix");
        var trimmed = prefix.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed : trimmed + "/";
    }

    private static void RefuseControlCharacters(string path, string argument)
    {
        var index = path.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        if (index < 0)
        {
            index = path.IndexOf('\u007f', StringComparison.Ordinal);
        }

        if (index >= 0)
        {
            throw new QueryArgumentException(
                argument,
                path,
                $"KV {argument} {ValueDisplay.Quote(path)} contains the control character " +
                $"{ValueDisplay.Character(path[index])} at index {index}.");
        }
    }
}

namespace Renderer.Consul.Http;

/// <summary>Builds escaped API paths from names supplied by callers.</summary>
internal static class ApiPath
{
    /// <summary><c>prefix</c> + one escaped segment; an empty name is rejected before Consul's 400.</summary>
    public static string WithName(string prefix, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException($"The {what} name must not be empty.", nameof(name));
        }

        return prefix + Uri.EscapeDataString(name);
    }

    /// <summary>
    /// <c>/v1/kv/</c> + the key with each segment escaped. Leading slashes are dropped (Consul rejects them);
    /// <c>.</c>/<c>..</c> segments are refused because URI normalisation would silently remove them.
    /// </summary>
    public static string ForKey(string key, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(key);
        var trimmed = key.TrimStart('/');
        if (trimmed.Length == 0 && !allowEmpty)
        {
            throw new ArgumentException("The KV key must not be empty.", nameof(key));
        }

        var segments = trimmed.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            throw new ArgumentException($"The KV key '{key}' contains a '.' or '..' segment.", nameof(key));
        }

        return "/v1/kv/" + string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}

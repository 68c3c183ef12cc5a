namespace Renderer.Consul.Configuration;

/// <summary>Keeps secrets (ACL tokens, basic-auth passwords) out of strings that may reach a log or a terminal.</summary>
internal static class Redaction
{
    public const string Placeholder = "[redacted]";

    /// <summary>The placeholder for a set secret, <c>null</c> for an unset one (so "no token" stays visible).</summary>
    public static string? Mask(string? secret) => string.IsNullOrEmpty(secret) ? null : Placeholder;

    /// <summary>Replaces every occurrence of the given secrets in a text that came from outside (e.g. an error body).</summary>
    public static string Scrub(string text, string? secret, string? otherSecret = null)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        }

        if (!string.IsNullOrEmpty(otherSecret))
        {
            text = text.Replace(otherSecret, Placeholder, StringComparison.Ordinal);
        }

        return text;
    }
}

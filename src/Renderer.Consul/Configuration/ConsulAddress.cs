using System.Diagnostics.CodeAnalysis;

namespace Renderer.Consul.Configuration;

/// <summary>
/// Where the Consul HTTP API listens, parsed from the forms <c>CONSUL_HTTP_ADDR</c> accepts (spec §10.1):
/// <c>host:port</c>, <c>http://host:port[/prefix]</c>, <c>https://host:port[/prefix]</c> and <c>unix://path</c>
/// (everything after <c>unix://</c> is the socket path, so <c>unix:///run/consul.sock</c> is absolute).
/// A missing port means the scheme's default (80/443), as in Consul's Go client.
/// </summary>
public sealed record ConsulAddress
{
    /// <summary>Consul's default, <c>http://127.0.0.1:8500</c>.</summary>
    public static ConsulAddress Default { get; } = new() { Scheme = "http", Host = "127.0.0.1", Port = 8500 };

    /// <summary><c>http</c>, <c>https</c> or <c>unix</c>.</summary>
    public required string Scheme { get; init; }

    /// <summary>Host name or address (IPv6 in brackets); <c>localhost</c> for a unix socket.</summary>
    public required string Host { get; init; }

    public int Port { get; init; }

    /// <summary>Path prepended to every API path (reverse proxies), without a trailing slash; <c>""</c> if none.</summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>The unix socket path, or <c>null</c> for TCP.</summary>
    public string? SocketPath { get; init; }

    /// <summary>The scheme asks for TLS (<c>https://</c>).</summary>
    public bool RequiresTls => Scheme == "https";

    public static ConsulAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    public static bool TryParse(
        string text, [NotNullWhen(true)] out ConsulAddress? address, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = null;
        var trimmed = text.Trim();
        var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? "http" : trimmed[..separator].ToLowerInvariant();
        var rest = separator < 0 ? trimmed : trimmed[(separator + 3)..];
        if (scheme == "unix")
        {
            return TryCreateUnix(text, rest, out address, out error);
        }

        if (scheme is not ("http" or "https"))
        {
            error = $"Unknown protocol scheme: {scheme} (in '{text}'; expected http://, https:// or unix://)";
            return false;
        }

        if (rest.Length == 0
            || !Uri.TryCreate($"{scheme}://{rest}", UriKind.Absolute, out var uri)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            error = $"'{text}' is not a Consul address: expected host:port, http://host:port, https://host:port or unix:///path/to.sock";
            return false;
        }

        address = new ConsulAddress
        {
            Scheme = scheme,
            Host = uri.Host,
            Port = uri.Port,
            PathPrefix = uri.AbsolutePath.TrimEnd('/'),
        };
        error = null;
        return true;
    }

    public override string ToString() =>
        SocketPath is not null ? $"unix://{SocketPath}" : $"{Scheme}://{Host}:{Port}{PathPrefix}";

    private static bool TryCreateUnix(string text, string path, out ConsulAddress? address, out string? error)
    {
        if (path.Length == 0)
        {
            address = null;
            error = $"'{text}' names no socket: expected unix:///path/to/consul.sock";
            return false;
        }

        address = new ConsulAddress { Scheme = "unix", Host = "localhost", Port = 80, SocketPath = path };
        error = null;
        return true;
    }
}

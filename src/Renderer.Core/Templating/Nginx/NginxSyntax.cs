using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Renderer.Core.Catalog;

namespace Renderer.Core.Templating.Nginx;

/// <summary>
/// The pure string rules behind <c>nginx.address</c>, <c>nginx.token</c> and <c>nginx.quote</c>: each returns
/// text that nginx reads back as exactly the given value, or throws <see cref="NginxSyntaxException"/>, so a
/// catalog value can never inject a directive into the rendered configuration.
/// </summary>
public static partial class NginxSyntax
{
    private static readonly SearchValues<char> HostNameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._");

    // What may appear in an IPv6 literal nginx parses: hex digits, ':' and the dots of an embedded IPv4 part.
    private static readonly SearchValues<char> Ipv6Characters =
        SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <summary>
    /// <c>host:port</c> for an nginx <c>server</c>/<c>listen</c>/<c>proxy_pass</c> address: <c>10.0.0.5:8080</c>,
    /// <c>[2001:db8::5]:8080</c> for IPv6 (brackets added unless already there), <c>backend.local:8080</c> for a
    /// host name.
    /// </summary>
    /// <remarks>
    /// An IPv6 zone index (<c>fe80::1%eth0</c>) is refused: nginx's address parser has no syntax for it and
    /// rejects such an address in <c>server</c>, so passing it through would only move the failure to
    /// <c>nginx -t</c>. Host names are limited to ASCII letters, digits, <c>-</c>, <c>.</c> and <c>_</c>; nginx
    /// resolves names with the system resolver, which does not apply IDNA, so a non-ASCII name must be given
    /// in its <c>xn--</c> form. A host name must also be one the resolver can look up (labels of 1–63 characters,
    /// at most 253 in all), and a name whose last label is a number must be a plain dotted-quad IPv4 address:
    /// nginx hands anything else to <c>getaddrinfo</c>, which reads <c>1.2.3</c> as 1.2.0.3 and <c>010.0.0.1</c>
    /// as octal, and sends <c>999.0.0.1</c> to DNS.
    /// </remarks>
    /// <exception cref="NginxSyntaxException">The host is empty or not an address or host name, or the port is not 1–65535.</exception>
    public static string Address(string host, int port)
    {
        ArgumentNullException.ThrowIfNull(host);
        var display = $"{ValueDisplay.Quote(host)} port {port.ToString(CultureInfo.InvariantCulture)}";
        if (port is < 1 or > 65535)
        {
            var reason = port == 0 ? "the instance has no port (0)" : "the port is outside 1-65535";
            throw Refused("nginx.address", host, $"nginx.address: {display}: {reason}; register the service with its port.");
        }

        return $"{Host(host, display)}:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary><see cref="Address(string, int)"/> of an instance's address (service or node address) and port.</summary>
    public static string Address(ServiceInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Address(instance.Address, instance.Port);
    }

    private static string Host(string host, string display)
    {
        var bracketed = host.Length > 2 && host[0] == '[' && host[^1] == ']';
        var literal = bracketed ? host[1..^1] : host;
        if (literal.Contains(':', StringComparison.Ordinal) || bracketed)
        {
            return $"[{Ipv6(literal, host, display)}]";
        }

        if (host.Length == 0)
        {
            throw Refused("nginx.address", host, $"nginx.address: {display}: the address is empty.");
        }

        var index = host.AsSpan().IndexOfAnyExcept(HostNameCharacters);
        if (index >= 0)
        {
            throw Refused("nginx.address", host,
                $"nginx.address: {display}: {ValueDisplay.Character(host[index])} at index {index} is not allowed in " +
                "an IPv4 address or host name (ASCII letters, digits, '-', '.', '_'; IPv6 addresses contain ':').");
        }

        if (HostNameProblem(host) is { } problem)
        {
            throw Refused("nginx.address", host, $"nginx.address: {display}: {problem}.");
        }

        return host;
    }

    private static string? HostNameProblem(string host)
    {
        // A final dot makes a name fully qualified; it is not an empty label.
        var labels = (host.EndsWith('.') ? host[..^1] : host).Split('.');
        if (host.Length > 253 || labels.Any(label => label.Length is 0 or > 63))
        {
            return "not a host name the resolver can look up (labels of 1-63 characters separated by single dots, " +
                "at most 253 characters)";
        }

        var last = labels[^1];
        if (last.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && !IsDottedQuad(host))
        {
            return "a name ending in a number must be an IPv4 address of four decimal numbers 0-255 without leading " +
                "zeros; the system resolver would read it otherwise (e.g. \"1.2.3\" as 1.2.0.3, \"010.0.0.1\" as octal)";
        }

        return null;
    }

    private static bool IsDottedQuad(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(part =>
            part.Length is >= 1 and <= 3 && part.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 &&
            (part.Length == 1 || part[0] != '0') && int.Parse(part, CultureInfo.InvariantCulture) <= 255);
    }

    private static string Ipv6(string literal, string host, string display)
    {
        if (literal.Contains('%', StringComparison.Ordinal))
        {
            throw Refused("nginx.address", host,
                $"nginx.address: {display}: the IPv6 address has a zone index ('%…'), which nginx cannot use; " +
                "register the service with a global or unique-local address.");
        }

        if (!IPAddress.TryParse(literal, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6 ||
            literal.AsSpan().IndexOfAnyExcept(Ipv6Characters) >= 0)
        {
            throw Refused("nginx.address", host,
                $"nginx.address: {display}: not a valid IPv6 address (and ':' is not allowed in a host name; " +
                "an address with its port belongs in separate address and port fields).");
        }

        return literal;
    }

    private static NginxSyntaxException Refused(string function, string value, string message) =>
        new(function, value, message);
}

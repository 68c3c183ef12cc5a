namespace Renderer.Templates.Tests.Hostile;

/// <summary>The dangerous material the generator mixes into registrations, by class.</summary>
internal static class HostileValues
{
    /// <summary>nginx syntax, injection payloads, whitespace and control characters.</summary>
    public static readonly string[] Syntax =
    [
        ";", "{", "}", "\"", "'", "#", "$", "\\", " ", "\t", "\n", "\r", "\r\n", "\0", "\u000B", "\u000C", "\u001B[31m",
        "\u007F", "\u0085", "${var}", "$host", "\";\"", "';'", "include /etc/passwd;", "}\nserver { listen 8080; }\n",
        "# comment", ";\n# ", "\\;", "\\\"", "\" \"", "{}", "}{", ";;",
    ];

    /// <summary>Unicode that renders oddly or not at all: RTL override, zero-width, BOM, separators, lone surrogates, emoji, combining marks.</summary>
    public static readonly string[] Unicode =
    [
        "\u202E", "\u200B", "\u200D", "\uFEFF", "\u2028", "\u2029", "\u00A0", "\u3000", "\uD800", "\uDFFF", "😀", "👩‍💻",
        "e\u0301", "\u0301", "Ünïcødé", "сервис", "שלום", "\u0130", "\u212A", "\uFF11\uFF10",
    ];

    /// <summary>Characters that are safe nginx words but mean something in a URL, a server_name or a <c>service</c> argument.</summary>
    public static readonly string[] Punctuation =
    [
        "~", "~*(", "*", ":", "/", "?", "@", ".", "%", "&", "=", "(", ")", "[", "]", ",", "|", "!", "^", "`", "+",
        "unix:/run/docker.sock", "http://evil", "@dc2", "..", "-", "_",
    ];

    /// <summary>Every fragment above.</summary>
    public static readonly string[] AllFragments = [.. Syntax, .. Unicode, .. Punctuation];

    /// <summary>
    /// Fragments with at least one character outside the host-name alphabet (ASCII letters, digits, '-', '.', '_'), so an
    /// address that contains one is never a host name nginx would hand to DNS.
    /// </summary>
    public static readonly string[] AddressFragments = [.. AllFragments.Where(fragment => !fragment.All(IsHostNameCharacter))];

    /// <summary>Valid IPv6 literals, some bracketed.</summary>
    public static readonly string[] Ipv6 =
    [
        "2001:db8::1", "::1", "::", "::ffff:10.0.0.1", "fe80::1", "2001:DB8:0:0:0:0:0:1", "[2001:db8::2]", "[::1]",
        "64:ff9b::10.0.0.1", "1:2:3:4:5:6:7:8", "[fd00::5]", "FD00:0:0:0:0:0:0:5",
    ];

    /// <summary>IPv6 with a zone index, which nginx cannot parse.</summary>
    public static readonly string[] ZonedIpv6 = ["fe80::1%eth0", "[fe80::1%eth0]", "fe80::1%25eth0", "fe80::1%", "[fe80::1%lo]"];

    /// <summary>Strings of digits and dots that are not dotted-quad IPv4 addresses: the system resolver reads them oddly.</summary>
    public static readonly string[] Ipv4Lookalikes =
    [
        "1.2.3", "999.0.0.1", "256.1.1.1", "10.0.0.01", "010.0.0.1", "10..0.1", "10.0.0.1.", ".10.0.0.1", "1.2.3.4.5",
        "0x7f.0.0.1", "4294967295", "0", "127.1", "10.0.0",
    ];

    /// <summary>Broken brackets and colons.</summary>
    public static readonly string[] MalformedIpv6 =
    [
        "[::1", "::1]", "[]", "[", "]", ":::", "1::2::3", "2001:db8::g", "[10.0.0.1]", "::1:", "1:2:3:4:5:6:7:8:9",
        "[::1]:80", "10.0.0.1:80", "::ffff:999.0.0.1", "::ffff:10.0.0", "[[::1]]", "::1 ", "[localhost]",
    ];

    /// <summary>Tags that look like the selecting tags but are not them.</summary>
    public static readonly string[] TagLookalikes = ["HTTP", "http ", " http", "http\0", "tcp;", "web\n", "Web", "tcp\u200B", ""];

    /// <summary>Ports outside 1-65535, and the edges inside.</summary>
    public static readonly int[] EdgePorts = [0, -1, 65536, int.MaxValue, int.MinValue, 1, 65535, 80];

    public static bool IsHostNameCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '-' or '.' or '_';
}

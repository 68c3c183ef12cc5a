using System.Globalization;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>Which value of a registration a refusal names, as the reason it is counted under; null when it names none.</summary>
internal static class HostileRefusal
{
    /// <summary>A refusal of an nginx template: <c>nginx.token</c> of the name, or <c>nginx.address</c> of the address and port.</summary>
    public static string? OfNginxTemplate(HostileRegistration registration, string message)
    {
        if (message.Contains("nginx.token:", StringComparison.Ordinal)
            && message.Contains(HostileDisplay.Quote(registration.ServiceName), StringComparison.Ordinal))
        {
            return "nginx.token refused the service name" + TokenProblem(message);
        }

        return OfAddress(registration, message);
    }

    /// <summary>
    /// A refusal of dependencies.json.scriban, whose names come from the <c>services</c> variable: <c>service</c> refusing
    /// one of the names (or, for <c>name@dc</c>, naming only the datacenter), or <c>nginx.address</c>.
    /// </summary>
    public static string? OfJsonTemplate(HostileRegistration registration, IReadOnlyList<string> names, string message)
    {
        foreach (var name in names)
        {
            if (message.Contains(HostileDisplay.Quote(name), StringComparison.Ordinal))
            {
                return "service refused the name";
            }

            var at = name.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0 && message.Contains(HostileDisplay.Quote(name[(at + 1)..]), StringComparison.Ordinal))
            {
                return message.Contains("Unknown datacenter", StringComparison.Ordinal)
                    ? "service: unknown datacenter (named alone, not the whole argument)"
                    : "service refused the datacenter (named alone, not the whole argument)";
            }
        }

        return OfAddress(registration, message);
    }

    private static string? OfAddress(HostileRegistration registration, string message)
    {
        var display = $"{HostileDisplay.Quote(registration.EffectiveAddress)} port {registration.Port.ToString(CultureInfo.InvariantCulture)}";
        if (!message.Contains("nginx.address: " + display, StringComparison.Ordinal))
        {
            return null;
        }

        return message.Contains("has no port", StringComparison.Ordinal) || message.Contains("outside 1-65535", StringComparison.Ordinal)
            ? "nginx.address refused the port"
            : "nginx.address refused the address" + AddressProblem(message);
    }

    private static string TokenProblem(string message) =>
        message.Contains("bytes long", StringComparison.Ordinal) ? ": too long"
        : message.Contains("the empty string", StringComparison.Ordinal) ? ": empty"
        : message.Contains("is whitespace", StringComparison.Ordinal) || message.Contains("control character", StringComparison.Ordinal) ? ": whitespace or control character"
        : message.Contains("invisible format", StringComparison.Ordinal) || message.Contains("unpaired surrogate", StringComparison.Ordinal) ? ": invisible or broken Unicode"
        : ": nginx syntax ( ; { } quotes # $ \\ )";

    private static string AddressProblem(string message) =>
        message.Contains("zone index", StringComparison.Ordinal) ? ": IPv6 zone index"
        : message.Contains("not a valid IPv6", StringComparison.Ordinal) ? ": not a valid IPv6 address"
        : message.Contains("the address is empty", StringComparison.Ordinal) ? ": empty"
        : message.Contains("ending in a number", StringComparison.Ordinal) ? ": not a dotted-quad IPv4 address"
        : message.Contains("resolver can look up", StringComparison.Ordinal) ? ": not a host name (label or length)"
        : ": character outside host names";
}

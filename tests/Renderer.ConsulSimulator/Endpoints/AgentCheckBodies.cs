using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary>
/// An agent check definition (structs.CheckType) validated like <c>CheckType.Validate</c>. The simulator
/// runs no probes: a check keeps its initial status (critical unless <c>Status</c> is given, or the status
/// of the check it replaces) until a TTL
/// update or a direct state change.
/// </summary>
internal static class AgentCheckBodies
{
    public static CheckRegistration Check(RequestBody body)
    {
        var status = body.String("Status");
        if (status.Length > 0 && !CheckStatus.IsValid(status))
        {
            throw ConsulHttpError.BadRequest("Status for checks must 'passing', 'warning', 'critical'");
        }

        var ttl = Duration(body, "TTL");
        var interval = Duration(body, "Interval");
        var timeout = Duration(body, "Timeout");
        var http = body.String("HTTP");
        var tcp = body.String("TCP");
        var type = CheckType(body, ttl, http, tcp);
        Validate(type, ttl, interval);
        return new CheckRegistration(body.String("CheckID"))
        {
            Name = body.String("Name"),
            Status = status,
            Notes = body.String("Notes"),
            Type = type,
            Interval = interval > TimeSpan.Zero ? GoDuration.Format(interval) : string.Empty,
            Timeout = timeout > TimeSpan.Zero ? GoDuration.Format(timeout) : string.Empty,
            Http = http,
            Tcp = tcp,
        };
    }

    private static string CheckType(RequestBody body, TimeSpan ttl, string http, string tcp) =>
        http.Length > 0 ? "http"
        : tcp.Length > 0 ? "tcp"
        : body.String("GRPC").Length > 0 ? "grpc"
        : body.String("UDP").Length > 0 ? "udp"
        : body.String("H2PING").Length > 0 ? "h2ping"
        : body.String("OSService").Length > 0 ? "os_service"
        : body.Strings("Args").Count > 0 || body.Strings("ScriptArgs").Count > 0 ? "script"
        : body.String("AliasService").Length > 0 || body.String("AliasNode").Length > 0 ? "alias"
        : ttl > TimeSpan.Zero ? "ttl"
        : string.Empty;

    private static void Validate(string type, TimeSpan ttl, TimeSpan interval)
    {
        var intervalCheck = type is "http" or "tcp" or "grpc" or "udp" or "h2ping" or "os_service" or "script";
        var problem =
            interval > TimeSpan.Zero && ttl > TimeSpan.Zero ? "Interval and TTL cannot both be specified"
            : intervalCheck && interval <= TimeSpan.Zero ? "Interval must be > 0 for Script, HTTP, H2PING, TCP, UDP or OSService checks"
            : type == "alias" && ttl > TimeSpan.Zero ? "TTL must be not be set for Alias checks"
            : !intervalCheck && type != "alias" && ttl <= TimeSpan.Zero ? "TTL must be > 0 for TTL checks"
            : null;
        if (problem is not null)
        {
            throw ConsulHttpError.BadRequest($"Invalid check: {problem}");
        }
    }

    private static TimeSpan Duration(RequestBody body, string name)
    {
        var text = body.String(name);
        if (text.Length == 0)
        {
            return TimeSpan.Zero;
        }

        return GoDuration.TryParse(text, out var value)
            ? value
            : throw ConsulHttpError.BadRequest($"Request decode failed: time: invalid duration \"{text}\"");
    }
}

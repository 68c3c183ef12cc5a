using Microsoft.Extensions.Logging;

namespace Renderer.Consul.Tests.Support;

/// <summary>One captured log line.</summary>
public sealed record CapturedLog(
    string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)
{
    public string FullText =>
        $"{Category} {Level} {Message} {string.Join(" ", Values.Select(v => $"{v.Key}={v.Value}"))} {Exception}";
}

using System.Collections.Immutable;

namespace Renderer.Core.Catalog;

/// <summary>
/// Which instance statuses <c>service</c> returns: <c>passing</c> (the default), <c>any</c>, or a comma list
/// such as <c>passing,warning</c>. Equal filters are equal records whatever the text they were parsed from.
/// </summary>
public sealed record HealthFilter
{
    private const int PassingBit = 1 << (int)HealthStatus.Passing;
    private const int AllBits = (1 << (int)HealthStatus.Passing) | (1 << (int)HealthStatus.Warning) |
        (1 << (int)HealthStatus.Critical);

    private const string AcceptedText =
        "accepted: \"any\", \"passing\", \"warning\", \"critical\", or a comma list such as \"passing,warning\"";

    // One bit per HealthStatus; record equality compares it.
    private readonly int _mask;

    private HealthFilter(int mask) => _mask = mask;

    /// <summary>Only instances whose every check passes: the default of <c>service</c>.</summary>
    public static HealthFilter Passing { get; } = new(PassingBit);

    /// <summary>Every instance, whatever its status.</summary>
    public static HealthFilter Any { get; } = new(AllBits);

    /// <summary>Whether every status is accepted.</summary>
    public bool IsAny => _mask == AllBits;

    /// <summary>
    /// Whether only passing instances are accepted: the one filter Consul applies server-side
    /// (<c>/v1/health/service/:name?passing</c>); any other filter needs every instance fetched.
    /// </summary>
    public bool IsPassingOnly => _mask == PassingBit;

    /// <summary>The accepted statuses, best first.</summary>
    public ImmutableArray<HealthStatus> Statuses =>
        [.. Enum.GetValues<HealthStatus>().Where(Accepts)];

    /// <summary>A filter accepting exactly <paramref name="statuses"/> (at least one).</summary>
    public static HealthFilter Of(params IEnumerable<HealthStatus> statuses)
    {
        var mask = 0;
        foreach (var status in statuses)
        {
            mask |= Enum.IsDefined(status) ? Bit(status)
                : throw new ArgumentOutOfRangeException(nameof(statuses), status, "Not a health status.");
        }

        return mask == 0 ? throw new ArgumentException("A health filter needs at least one status.", nameof(statuses))
            : new HealthFilter(mask);
    }

    /// <summary>Whether an instance with <paramref name="status"/> is returned.</summary>
    public bool Accepts(HealthStatus status) => (_mask & Bit(status)) != 0;

    /// <summary>
    /// Parses the second argument of <c>service</c>. Null (argument omitted) is <see cref="Passing"/>; entries
    /// are trimmed and case-insensitive; <c>any</c> stands alone; <c>maintenance</c> is refused with a hint,
    /// because an instance in maintenance counts as critical.
    /// </summary>
    /// <exception cref="QueryArgumentException">The text is empty or names something else.</exception>
    public static HealthFilter Parse(string? text)
    {
        if (text is null)
        {
            return Passing;
        }

        var entries = text.Split(',', StringSplitOptions.TrimEntries);
        if (entries.Length == 1 && string.Equals(entries[0], "any", StringComparison.OrdinalIgnoreCase))
        {
            return Any;
        }

        var mask = 0;
        foreach (var entry in entries)
        {
            mask |= Bit(ParseEntry(entry, text));
        }

        return new HealthFilter(mask);
    }

    /// <summary>The canonical text: <c>any</c>, or the accepted statuses best first, e.g. <c>passing,warning</c>.</summary>
    public override string ToString() =>
        IsAny ? "any" : string.Join(",", Statuses.Select(status => status.ToText()));

    private static HealthStatus ParseEntry(string entry, string text)
    {
        if (HealthStatusText.TryParse(entry, out var status))
        {
            return status;
        }

        var reason = entry switch
        {
            "" => "has an empty entry",
            _ when entry.Equals("any", StringComparison.OrdinalIgnoreCase) => "combines \"any\" with statuses",
            _ when entry.Equals("maintenance", StringComparison.OrdinalIgnoreCase) =>
                "names \"maintenance\", which is not a status: an instance in maintenance counts as \"critical\"",
            _ => $"names the unknown status {ValueDisplay.Quote(entry)}",
        };
        throw new QueryArgumentException(
            "health filter", text, $"Health filter {ValueDisplay.Quote(text)} {reason}; {AcceptedText}.");
    }

    private static int Bit(HealthStatus status) => 1 << (int)status;
}

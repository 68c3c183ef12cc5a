using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Renderer.Cli.Options;

/// <summary>
/// Go-style durations, as consul-template and Consul spell them: <c>500ms</c>, <c>2s</c>, <c>1m30s</c>,
/// <c>1.5h</c>. Units are <c>ns</c>, <c>us</c> (or <c>µs</c>), <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>.
/// </summary>
/// <remarks>
/// Like Go's <c>time.ParseDuration</c>, a number needs a unit (<c>"5"</c> is an error, not five seconds:
/// guessing the unit is how a 5 ms timeout ships); the only unitless value is <c>0</c>.
/// Precision is <see cref="TimeSpan"/>'s 100 ns: finer parts are truncated.
/// </remarks>
public static class DurationText
{
    private static readonly (string Unit, decimal Ticks)[] Units =
    [
        ("ns", 0.01m),
        ("us", TimeSpan.TicksPerMicrosecond),
        ("µs", TimeSpan.TicksPerMicrosecond),
        ("μs", TimeSpan.TicksPerMicrosecond),
        ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond),
        ("m", TimeSpan.TicksPerMinute),
        ("h", TimeSpan.TicksPerHour),
    ];

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why and quotes the text.</summary>
    public static bool TryParse(string text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        duration = TimeSpan.Zero;
        error = null;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '-' or '+')
        {
            negative = span[0] == '-';
            span = span[1..];
        }
        if (span.Length == 0)
        {
            error = text.Length == 0 ? "the duration is empty (write e.g. 5s)" : $"invalid duration \"{text}\"";
            return false;
        }
        if (span is "0")
        {
            return true;
        }

        decimal ticks = 0;
        while (span.Length > 0)
        {
            if (!TryReadTerm(ref span, text, out var termTicks, out error))
            {
                return false;
            }
            ticks += termTicks;
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                error = $"duration \"{text}\" is too large";
                return false;
            }
        }
        duration = TimeSpan.FromTicks((long)decimal.Truncate(negative ? -ticks : ticks));
        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not a Go-style duration; the message says why.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    /// <summary>
    /// Formats like Go but without zero parts: <c>0s</c>, <c>500ms</c>, <c>2s</c>, <c>1m30s</c>, <c>1h</c>,
    /// <c>1.5s</c>, <c>250us</c>. <see cref="Parse"/> reads every result back to the same value.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }
        // The magnitude as ulong: TimeSpan.MinValue has no positive counterpart.
        var ticks = duration.Ticks < 0 ? (ulong)-(duration.Ticks + 1) + 1 : (ulong)duration.Ticks;
        return (duration.Ticks < 0 ? "-" : "") + FormatMagnitude(ticks);
    }

    private static string FormatMagnitude(ulong ticks)
    {
        if (ticks < TimeSpan.TicksPerMicrosecond)
        {
            return (ticks * 100).ToString(CultureInfo.InvariantCulture) + "ns";
        }
        if (ticks < TimeSpan.TicksPerMillisecond)
        {
            return WithFraction(ticks, TimeSpan.TicksPerMicrosecond, "us");
        }
        if (ticks < TimeSpan.TicksPerSecond)
        {
            return WithFraction(ticks, TimeSpan.TicksPerMillisecond, "ms");
        }

        var builder = new StringBuilder();
        var hours = ticks / TimeSpan.TicksPerHour;
        var minutes = ticks % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute;
        var secondTicks = ticks % TimeSpan.TicksPerMinute;
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }
        if (minutes > 0)
        {
            builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }
        if (secondTicks > 0)
        {
            builder.Append(WithFraction(secondTicks, TimeSpan.TicksPerSecond, "s"));
        }
        return builder.ToString();
    }

    private static bool TryReadTerm(ref ReadOnlySpan<char> span, string text, out decimal ticks, [NotNullWhen(false)] out string? error)
    {
        ticks = 0;
        var numberLength = 0;
        while (numberLength < span.Length && (char.IsAsciiDigit(span[numberLength]) || span[numberLength] == '.'))
        {
            numberLength++;
        }
        var number = span[..numberLength];
        if (number.Length == 0 || number is "." || number.Count('.') > 1)
        {
            error = $"invalid duration \"{text}\": expected a number at \"{span}\"";
            return false;
        }
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = $"duration \"{text}\" is too large";
            return false;
        }
        span = span[numberLength..];

        var unitLength = 0;
        while (unitLength < span.Length && !char.IsAsciiDigit(span[unitLength]) && span[unitLength] != '.')
        {
            unitLength++;
        }
        if (unitLength == 0)
        {
            error = $"missing unit in duration \"{text}\" (write e.g. {number}s or {number}ms; units: ns, us, ms, s, m, h)";
            return false;
        }
        var unit = span[..unitLength];
        span = span[unitLength..];
        foreach (var (name, unitTicks) in Units)
        {
            if (unit.SequenceEqual(name))
            {
                ticks = value * unitTicks;
                error = null;
                return true;
            }
        }
        error = $"unknown unit \"{unit}\" in duration \"{text}\" (units: ns, us, ms, s, m, h)";
        return false;
    }

    private static string WithFraction(ulong ticks, long unitTicks, string unit)
    {
        var whole = ticks / (ulong)unitTicks;
        var rest = ticks % (ulong)unitTicks;
        var text = whole.ToString(CultureInfo.InvariantCulture);
        if (rest > 0)
        {
            var digits = (int)Math.Round(Math.Log10(unitTicks));
            text += "." + rest.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        }
        return text + unit;
    }
}

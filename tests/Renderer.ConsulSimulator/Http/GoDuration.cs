using System.Globalization;
using System.Text;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// Go's <c>time.ParseDuration</c> and <c>Duration.String</c>, which Consul uses for <c>wait</c>,
/// <c>max_stale</c> and the check <c>Interval</c>/<c>Timeout</c> fields it echoes back.
/// </summary>
/// <remarks>Precision is .NET's 100 ns tick; Go keeps nanoseconds. Nothing Consul returns needs more.</remarks>
internal static class GoDuration
{
    private const long NanosecondsPerTick = 100;

    private static readonly (string Unit, double Nanoseconds)[] Units =
    [
        ("ns", 1), ("us", 1e3), ("\u00b5s", 1e3), ("\u03bcs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
    ];

    /// <summary>Parses a Go duration such as <c>300ms</c>, <c>1.5s</c>, <c>1m30s</c> or <c>0</c>.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var rest = text.AsSpan();
        var negative = false;
        if (rest.Length > 0 && (rest[0] == '-' || rest[0] == '+'))
        {
            negative = rest[0] == '-';
            rest = rest[1..];
        }

        if (rest.SequenceEqual("0"))
        {
            return true;
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        double totalNanoseconds = 0;
        while (!rest.IsEmpty)
        {
            if (!TryReadTerm(ref rest, out var nanoseconds))
            {
                return false;
            }

            totalNanoseconds += nanoseconds;
        }

        // Go rejects anything that overflows an int64 of nanoseconds (about 292 years).
        if (totalNanoseconds > long.MaxValue)
        {
            return false;
        }

        var ticks = (long)(totalNanoseconds / NanosecondsPerTick);
        duration = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return true;
    }

    private static bool TryReadTerm(ref ReadOnlySpan<char> rest, out double nanoseconds)
    {
        nanoseconds = 0;
        var numberLength = 0;
        while (numberLength < rest.Length && (char.IsAsciiDigit(rest[numberLength]) || rest[numberLength] == '.'))
        {
            numberLength++;
        }

        var number = rest[..numberLength];
        if (number.IsEmpty || number.SequenceEqual(".") || number.Count('.') > 1)
        {
            return false;
        }

        rest = rest[numberLength..];
        var unitLength = 0;
        while (unitLength < rest.Length && !char.IsAsciiDigit(rest[unitLength]) && rest[unitLength] != '.')
        {
            unitLength++;
        }

        var unit = rest[..unitLength].ToString();
        rest = rest[unitLength..];
        var scale = Array.Find(Units, u => u.Unit == unit).Nanoseconds;
        if (scale == 0)
        {
            return false;
        }

        nanoseconds = double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * scale;
        return true;
    }

    /// <summary>Formats like Go's <c>Duration.String()</c>: <c>0s</c>, <c>150ms</c>, <c>10s</c>, <c>1m30s</c>, <c>1h0m0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var nanoseconds = duration.Ticks * NanosecondsPerTick;
        var sign = nanoseconds < 0 ? "-" : string.Empty;
        var magnitude = (ulong)Math.Abs(nanoseconds);
        if (magnitude < 1_000_000_000)
        {
            return sign + FormatSubSecond(magnitude);
        }

        var builder = new StringBuilder(sign);
        var hours = magnitude / 3_600_000_000_000;
        var minutes = magnitude / 60_000_000_000 % 60;
        if (hours > 0)
        {
            builder.Append(hours).Append('h');
        }

        if (hours > 0 || minutes > 0)
        {
            builder.Append(minutes).Append('m');
        }

        builder.Append(FormatFraction(magnitude % 60_000_000_000, 1_000_000_000)).Append('s');
        return builder.ToString();
    }

    private static string FormatSubSecond(ulong nanoseconds) => nanoseconds switch
    {
        < 1_000 => nanoseconds + "ns",
        < 1_000_000 => FormatFraction(nanoseconds, 1_000) + "\u00b5s",
        _ => FormatFraction(nanoseconds, 1_000_000) + "ms",
    };

    private static string FormatFraction(ulong value, ulong unit)
    {
        var whole = value / unit;
        var fraction = value % unit;
        if (fraction == 0)
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }

        var digits = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
        var fractionText = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        return whole.ToString(CultureInfo.InvariantCulture) + "." + fractionText;
    }
}

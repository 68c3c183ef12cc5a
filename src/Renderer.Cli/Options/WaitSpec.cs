using System.Diagnostics.CodeAnalysis;
using Renderer.Core.Running;

namespace Renderer.Cli.Options;

/// <summary>
/// consul-template's <c>-wait "MIN[:MAX]"</c>: render once the data has been quiet for MIN, but no later
/// than MAX after the first change. Both are Go-style durations (<see cref="DurationText"/>); MAX defaults
/// to 4 × MIN (consul-template's rule); <c>0</c> turns quiescence off.
/// </summary>
public sealed record WaitSpec(TimeSpan Min, TimeSpan Max)
{
    /// <summary>consul-template's default maximum is this many times the minimum.</summary>
    public const int DefaultMaxFactor = 4;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> quotes the value and says why.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out WaitSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        var parts = text.Split(':');
        if (parts.Length > 2)
        {
            error = $"\"{text}\" has more than one colon: write MIN or MIN:MAX, e.g. 5s:30s";
            return false;
        }
        if (!TryParsePart(parts[0], "minimum", text, out var min, out error))
        {
            return false;
        }
        var max = min * DefaultMaxFactor;
        if (parts.Length == 2 && !TryParsePart(parts[1], "maximum", text, out max, out error))
        {
            return false;
        }
        if (max < min)
        {
            error = $"\"{text}\": the maximum ({DurationText.Format(max)}) is less than the minimum ({DurationText.Format(min)})";
            return false;
        }
        spec = new WaitSpec(min, max);
        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The value is not MIN[:MAX] or MAX &lt; MIN; the message quotes it.</exception>
    public static WaitSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);

    /// <summary>The quiescence the runner applies; <see cref="QuiescenceOptions.None"/> when MIN is zero.</summary>
    public QuiescenceOptions ToQuiescenceOptions() =>
        Min == TimeSpan.Zero ? QuiescenceOptions.None : new QuiescenceOptions(Min, Max);

    /// <summary>The value as <c>MIN:MAX</c>, e.g. <c>5s:20s</c>.</summary>
    public override string ToString() => $"{DurationText.Format(Min)}:{DurationText.Format(Max)}";

    private static bool TryParsePart(string part, string name, string text, out TimeSpan value, [NotNullWhen(false)] out string? error)
    {
        if (part.Length == 0)
        {
            value = TimeSpan.Zero;
            error = $"\"{text}\": the {name} is empty";
            return false;
        }
        if (!DurationText.TryParse(part, out value, out var durationError))
        {
            error = $"the {name} in \"{text}\" is not a duration: {durationError}";
            return false;
        }
        if (value < TimeSpan.Zero)
        {
            error = $"\"{text}\": the {name} is negative";
            return false;
        }
        error = null;
        return true;
    }
}

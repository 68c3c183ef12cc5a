namespace Renderer.Scriban.Functions;

/// <summary>
/// The members templates can read on dates (<c>d.year</c>, <c>d.day_of_year</c>) and timespans
/// (<c>t.total_hours</c>): the public properties of <see cref="DateTime"/> and <see cref="TimeSpan"/>
/// under Scriban's standard renamer, written out so that no reflection is needed. The engine's member
/// access calls <see cref="TryGetMember"/> for such values.
/// </summary>
public static class DateTimeMembers
{
    /// <summary>True when <paramref name="target"/> is a date or timespan that has the member.</summary>
    public static bool TryGetMember(object? target, string name, out object? value)
    {
        value = target switch
        {
            DateTime date => GetDateMember(date, name),
            TimeSpan span => GetTimeSpanMember(span, name),
            _ => null,
        };
        return value is not null;
    }

    private static object? GetDateMember(DateTime date, string name) => name switch
    {
        "year" => date.Year,
        "month" => date.Month,
        "day" => date.Day,
        "day_of_year" => date.DayOfYear,
        "day_of_week" => date.DayOfWeek,
        "hour" => date.Hour,
        "minute" => date.Minute,
        "second" => date.Second,
        "millisecond" => date.Millisecond,
        "microsecond" => date.Microsecond,
        "nanosecond" => date.Nanosecond,
        "ticks" => date.Ticks,
        "kind" => date.Kind,
        "date" => date.Date,
        "time_of_day" => date.TimeOfDay,
        _ => null,
    };

    private static object? GetTimeSpanMember(TimeSpan span, string name) => name switch
    {
        "days" => span.Days,
        "hours" => span.Hours,
        "minutes" => span.Minutes,
        "seconds" => span.Seconds,
        "milliseconds" => span.Milliseconds,
        "microseconds" => span.Microseconds,
        "nanoseconds" => span.Nanoseconds,
        "ticks" => span.Ticks,
        "total_days" => span.TotalDays,
        "total_hours" => span.TotalHours,
        "total_minutes" => span.TotalMinutes,
        "total_seconds" => span.TotalSeconds,
        "total_milliseconds" => span.TotalMilliseconds,
        "total_microseconds" => span.TotalMicroseconds,
        "total_nanoseconds" => span.TotalNanoseconds,
        _ => null,
    };
}

using System.Collections;

namespace Renderer.Scriban.Runtime;

public static partial class ScriptValue
{
    /// <summary>
    /// Reads <c>target.name</c> the way templates do: object members, <c>size</c> of lists and
    /// strings, date and timespan parts. False (value null) when there is no such member.
    /// </summary>
    public static bool TryGetMember(object? target, string name, out object? value)
        => TryGetMember(target, name, ScriptObject.HashOf(name), out value);

    /// <summary>Member read with the name's hash computed ahead (member names in the syntax tree carry it).</summary>
    internal static bool TryGetMember(object? target, string name, int hash, out object? value)
    {
        switch (target)
        {
            case ScriptObject obj:
                return obj.TryGetValue(name, hash, out value);
            case LoopState loop:
                return loop.TryGetMember(name, out value);
            case ScriptArray array:
                if (name == "size")
                {
                    value = Box(array.Count);
                    return true;
                }

                value = null;
                return array.Members is not null && array.Members.TryGetValue(name, hash, out value);
            case string text:
                value = name == "size" ? Box(text.Length) : null;
                return value is not null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value);
            case ICollection collection when name == "size":
                value = Box(collection.Count);
                return true;
            case IEnumerable sequence when name == "size" && target is not ScriptObject:
                var count = 0;
                foreach (var _ in sequence)
                {
                    count++;
                }

                value = Box(count);
                return true;
            case DateTime date:
                value = DateMember(date, name);
                return value is not null;
            case TimeSpan time:
                value = TimeSpanMember(time, name);
                return value is not null;
            default:
                value = null;
                return false;
        }
    }

    private static object? DateMember(DateTime date, string name) => name switch
    {
        "year" => Box(date.Year),
        "month" => Box(date.Month),
        "day" => Box(date.Day),
        "day_of_year" => Box(date.DayOfYear),
        "hour" => Box(date.Hour),
        "minute" => Box(date.Minute),
        "second" => Box(date.Second),
        "millisecond" => Box(date.Millisecond),
        _ => null,
    };

    private static object? TimeSpanMember(TimeSpan time, string name) => name switch
    {
        "days" => Box(time.Days),
        "hours" => Box(time.Hours),
        "minutes" => Box(time.Minutes),
        "seconds" => Box(time.Seconds),
        "milliseconds" => Box(time.Milliseconds),
        "total_days" => time.TotalDays,
        "total_hours" => time.TotalHours,
        "total_minutes" => time.TotalMinutes,
        "total_seconds" => time.TotalSeconds,
        "total_milliseconds" => time.TotalMilliseconds,
        _ => null,
    };
}

using System.Globalization;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

/// <summary>
/// The <c>timespan</c> builtin group (spec §6). <c>timespan.zero</c> is a member, not a function;
/// timespan members (<c>.days</c>, <c>.total_hours</c>…) are listed in <see cref="DateTimeMembers"/>.
/// </summary>
public static class TimeSpanFunctions
{
    /// <summary>Adds the <c>timespan.*</c> functions and members to <paramref name="group"/>.</summary>
    public static void Register(ScriptObject group)
    {
        var table = new FunctionTable(group, "timespan");
        table.Add("from_days", ["days"], 1, call => TimeSpan.FromDays(call.GetDouble(0)));
        table.Add("from_hours", ["hours"], 1, call => TimeSpan.FromHours(call.GetDouble(0)));
        table.Add("from_minutes", ["minutes"], 1, call => TimeSpan.FromMinutes(call.GetDouble(0)));
        table.Add("from_seconds", ["seconds"], 1, call => TimeSpan.FromSeconds(call.GetDouble(0)));
        table.Add("from_milliseconds", ["millis"], 1, call => TimeSpan.FromMilliseconds(call.GetDouble(0)));
        table.Add("parse", ["text"], 1, call => TimeSpan.Parse(call.GetString(0), CultureInfo.InvariantCulture));
        group["zero"] = TimeSpan.Zero;
    }
}

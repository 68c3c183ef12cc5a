namespace Renderer.Core.Watching.Feeds;

/// <summary>
/// One copy of each repeated string a feed group keeps (node names and addresses, service names, tags, check
/// names and statuses): every answer Consul sends is new text, and at 5,000 services × 5 instances keeping a copy
/// per instance costs tens of megabytes. Only values from a bounded set go in (never check outputs, which change
/// freely); the pool is emptied when it outgrows <see cref="Limit"/>, which costs only some sharing.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Above this many strings the pool starts over.</summary>
    public const int Limit = 1 << 17;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (value.Length == 0)
        {
            return "";
        }

        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_strings.Count >= Limit)
        {
            _strings.Clear();
        }

        _strings.Add(value);
        return value;
    }
}

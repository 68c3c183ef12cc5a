namespace Renderer.Core.Running;

/// <summary>
/// Decides when a template whose data changed is due for a render under <c>wait min:max</c>: once the data has
/// been quiet for min, or max after the first unrendered change, whichever comes first.
/// </summary>
internal sealed class QuiescenceTimer
{
    private readonly QuiescenceOptions _options;
    private DateTimeOffset? _firstChange;
    private DateTimeOffset _lastChange;

    public QuiescenceTimer(QuiescenceOptions options)
    {
        _options = options;
    }

    public bool IsPending => _firstChange is not null;

    public void OnChange(DateTimeOffset now)
    {
        _firstChange ??= now;
        _lastChange = now;
    }

    /// <summary>When the pending change is due; null when nothing is pending.</summary>
    public DateTimeOffset? DueAt
    {
        get
        {
            if (_firstChange is not { } first)
            {
                return null;
            }

            if (!_options.IsEnabled)
            {
                return first;
            }

            var quiet = _lastChange + _options.Min;
            var cap = first + _options.Max;
            return quiet < cap ? quiet : cap;
        }
    }

    public bool IsDue(DateTimeOffset now) => DueAt is { } due && due <= now;

    public void Reset() => _firstChange = null;
}

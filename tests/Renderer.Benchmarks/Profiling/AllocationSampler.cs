using System.Diagnostics.Tracing;

namespace Renderer.Benchmarks.Profiling;

/// <summary>
/// Which types a render allocates, from the runtime's own allocation sampling: the GC raises an AllocationTick
/// event about every 100 KB allocated, naming the type of the object that crossed the mark. Summed over many
/// renders this is a fair picture of where the bytes go, without a profiler (dotnet-trace is not available here).
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const int AllocationTickEventId = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _recording;

    /// <summary>Starts counting; events raised before this (warm-up) are ignored.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _bytesByType.Clear();
            _recording = true;
        }
    }

    /// <summary>Stops counting and returns the sampled bytes per type name, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Stop()
    {
        lock (_gate)
        {
            _recording = false;
            return [.. _bytesByType.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickEventId || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            if (_recording)
            {
                _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
            }
        }
    }
}

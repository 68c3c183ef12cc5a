namespace Renderer.ConsulSimulator.State;

/// <summary>A health check row of the simulated catalog.</summary>
internal sealed record StoredCheck(
    string Node,
    string CheckId,
    string Name,
    string Status,
    string Notes,
    string Output,
    string ServiceId,
    string ServiceName,
    IReadOnlyList<string> ServiceTags,
    string Type,
    string Interval,
    string Timeout,
    string Http,
    string Tcp,
    ulong CreateIndex,
    ulong ModifyIndex)
{
    public EntityKey Key => new(Node, CheckId);

    public bool IsNodeCheck => ServiceId.Length == 0;

    public bool HasSameContent(StoredCheck other) =>
        CheckId == other.CheckId
        && Name == other.Name
        && Status == other.Status
        && Notes == other.Notes
        && Output == other.Output
        && ServiceId == other.ServiceId
        && ServiceName == other.ServiceName
        && ContentEquality.SameList(ServiceTags, other.ServiceTags)
        && Type == other.Type
        && Interval == other.Interval
        && Timeout == other.Timeout
        && Http == other.Http
        && Tcp == other.Tcp;
}

using System.Globalization;
using Renderer.ConsulSimulator.Faults;

namespace Renderer.ConsulSimulator.Http;

/// <summary>The headers Consul's <c>setMeta</c> writes on every blocking-capable read.</summary>
internal sealed record QueryMeta(ulong Index, bool KnownLeader, TimeSpan LastContact, string? Consistency, bool FilteredByAcls)
{
    /// <summary>Key of <see cref="HttpContext.Items"/> holding an <see cref="IndexFault"/> for this response.</summary>
    public const string IndexFaultItem = "consul-sim.index";

    public void WriteTo(HttpContext http)
    {
        var headers = http.Response.Headers;

        // agent/http.go setIndex: 0 becomes 1 so that a client never loops on a non-blocking ?index=0.
        // The index fault bypasses that on purpose, to test clients against a misbehaving server.
        var index = http.Items[IndexFaultItem] is IndexFault fault ? fault.ReportedIndex : Math.Max(Index, 1);
        headers[ConsulHeaders.LastContact] = ((ulong)Math.Max(0, LastContact.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        headers[ConsulHeaders.Index] = index.ToString(CultureInfo.InvariantCulture);
        headers[ConsulHeaders.KnownLeader] = KnownLeader ? "true" : "false";
        if (Consistency is not null)
        {
            headers[ConsulHeaders.EffectiveConsistency] = Consistency;
        }

        headers[ConsulHeaders.QueryBackend] = "blocking-query";
        if (FilteredByAcls)
        {
            headers[ConsulHeaders.ResultsFilteredByAcls] = "true";
        }
    }
}

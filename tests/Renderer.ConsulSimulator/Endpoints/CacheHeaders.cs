using System.Globalization;
using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>X-Cache</c> and <c>Age</c> for requests answered "from the agent cache" (<c>?cached</c>).</summary>
internal static class CacheHeaders
{
    public static void Apply(ReadScope scope, bool backgroundRefresh)
    {
        var request = scope.Request;
        if (!scope.Options.UseCache)
        {
            return;
        }

        var key = string.Join('|', scope.Datacenter.Name, request.Path, request.Query.Get("filter"),
            string.Join(',', request.Query.GetAll("tag")), string.Join(',', request.Query.GetAll("node-meta")), request.Token());
        var (hit, age) = request.Simulator.Cache.Lookup(key, scope.Options.CacheControl, backgroundRefresh);
        request.ResponseHeaders[ConsulHeaders.Cache] = hit ? "HIT" : "MISS";
        if (hit)
        {
            request.ResponseHeaders[ConsulHeaders.Age] = Math.Round(age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}

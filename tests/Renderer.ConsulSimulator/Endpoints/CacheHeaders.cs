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
        Lookup(request, key, scope.Options.CacheControl, backgroundRefresh);
    }

    /// <summary>Looks <paramref name="key"/> up in the agent cache and writes the outcome's headers.</summary>
    public static void Lookup(ConsulRequest request, string key, CacheControl control, bool backgroundRefresh)
    {
        var (hit, age) = request.Simulator.Cache.Lookup(key, control, backgroundRefresh);
        request.ResponseHeaders[ConsulHeaders.Cache] = hit ? "HIT" : "MISS";
        if (hit)
        {
            request.ResponseHeaders[ConsulHeaders.Age] = Math.Round(age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}

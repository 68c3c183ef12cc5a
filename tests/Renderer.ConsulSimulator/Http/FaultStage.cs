using System.Globalization;
using Renderer.ConsulSimulator.Faults;
using Renderer.ConsulSimulator.Hosting;

namespace Renderer.ConsulSimulator.Http;

/// <summary>Applies the armed faults to a request before it reaches its endpoint.</summary>
internal static class FaultStage
{
    /// <returns>False when a fault answered (or dropped) the request itself.</returns>
    public static async Task<bool> ApplyAsync(HttpContext http, SimulatorContext simulator, string path, CancellationToken cancellationToken)
    {
        var faults = simulator.Faults.Take(http.Request.Method, path);
        foreach (var fault in faults)
        {
            switch (fault)
            {
                case LatencyFault latency:
                    await Task.Delay(latency.Delay, simulator.Clock, cancellationToken);
                    break;
                case IndexFault:
                    http.Items[QueryMeta.IndexFaultItem] = fault;
                    break;
                case TrickleFault:
                    http.Items[ConsulResponse.TrickleItem] = fault;
                    http.Items[ConsulResponse.ClockItem] = simulator.Clock;
                    break;
            }
        }

        switch (faults.FirstOrDefault(f => f is StatusFault or TooManyRequestsFault or DropConnectionFault))
        {
            case DropConnectionFault:
                http.Abort();
                return false;
            case StatusFault status:
                await ConsulResponse.WriteTextAsync(http, status.StatusCode, status.Body, cancellationToken);
                return false;
            case TooManyRequestsFault tooMany:
                if (tooMany.RetryAfter is { } retryAfter)
                {
                    http.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await ConsulResponse.WriteTextAsync(http, 429, tooMany.Body, cancellationToken);
                return false;
            default:
                return true;
        }
    }
}

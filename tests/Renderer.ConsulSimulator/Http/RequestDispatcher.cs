using Renderer.ConsulSimulator.Hosting;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Http;

/// <summary>
/// Consul's HTTP front: Go ServeMux routing (longest pattern, subtree patterns, 301 to the slash form),
/// the <c>wrap</c> behaviour (ACL-policy header, OPTIONS, 405 with <c>Allow</c>, errors as plain text),
/// and the 404 of the index handler for unknown paths.
/// </summary>
internal sealed class RequestDispatcher(SimulatorContext simulator, IReadOnlyList<ConsulRoute> routes)
{
    public async Task DispatchAsync(HttpContext http)
    {
        var path = ConsulRequest.DecodedPath(http);
        simulator.Counters.RequestReceived(path);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, simulator.Stopping);
        try
        {
            if (!await FaultStage.ApplyAsync(http, simulator, path, aborted.Token))
            {
                return;
            }

            var route = routes.Where(r => r.Matches(path)).MaxBy(r => r.Pattern.Length);
            if (route is null)
            {
                await UnroutedAsync(http, path, aborted.Token);
                return;
            }

            await ServeAsync(http, route, new ConsulRequest(http, simulator, path, aborted.Token));
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away or the simulator is stopping: drop the connection like a dying agent.
            http.Abort();
        }
    }

    private async Task ServeAsync(HttpContext http, ConsulRoute route, ConsulRequest request)
    {
        var headers = http.Response.Headers;
        headers[ConsulHeaders.DefaultAclPolicy] = simulator.DefaultAclPolicy;
        headers.Vary = "Accept-Encoding";
        if (!request.Query.IsValid)
        {
            // wrap(): url.ParseQuery failed → bare 500.
            http.Response.StatusCode = 500;
            return;
        }

        var allow = string.Join(',', route.Methods.Prepend("OPTIONS"));
        if (request.Method == "OPTIONS")
        {
            headers.Append("Allow", allow);
            return;
        }

        try
        {
            if (!route.Methods.Contains(request.Method))
            {
                throw new ConsulHttpError(405, $"method {request.Method} not allowed") { Headers = new Dictionary<string, string> { ["Allow"] = allow } };
            }

            await route.Handler(request);
        }
        catch (ConsulHttpError error)
        {
            foreach (var (name, value) in error.Headers)
            {
                headers.Append(name, value);
            }

            await ConsulResponse.WriteTextAsync(http, error.StatusCode, error.Body, request.Aborted);
        }
        catch (ConsulStateException error)
        {
            await ConsulResponse.WriteTextAsync(http, 500, error.Message, request.Aborted);
        }
    }

    private async Task UnroutedAsync(HttpContext http, string path, CancellationToken cancellationToken)
    {
        var subtree = routes.FirstOrDefault(r => r.IsSubtree && r.Pattern == path + "/");
        if (subtree is not null)
        {
            // Go's ServeMux redirects "/v1/kv" to the registered subtree "/v1/kv/".
            http.Response.Headers.Location = subtree.Pattern + http.Request.QueryString.Value;
            var body = http.Request.Method == "GET" ? $"<a href=\"{subtree.Pattern}\">Moved Permanently</a>.\n\n" : string.Empty;
            await ConsulResponse.WriteBodyAsync(http, 301, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(body), cancellationToken);
            return;
        }

        if (path == "/")
        {
            await ConsulResponse.WriteTextAsync(http, 200, "Consul Agent: UI disabled. To enable, set ui_config.enabled=true in the agent configuration and restart.", cancellationToken);
            return;
        }

        var message = path.Contains("/v1/", StringComparison.Ordinal)
            ? "Invalid URL path: not a recognized HTTP API endpoint\n"
            : "Invalid URL path: if attempting to use the HTTP API, ensure the path starts with '/v1/'\n";
        await ConsulResponse.WriteTextAsync(http, 404, message, cancellationToken);
    }
}

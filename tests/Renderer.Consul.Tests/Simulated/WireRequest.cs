using System.Web;

namespace Renderer.Consul.Tests.Simulated;

/// <summary>One request as the client put it on the wire, stamped with the client's (fake) clock.</summary>
/// <param name="Number">1-based, in sending order.</param>
public sealed record WireRequest(int Number, Uri Uri, DateTimeOffset At)
{
    /// <summary>The <c>index</c> parameter, or null when the request did not block.</summary>
    public string? Index => HttpUtility.ParseQueryString(Uri.Query)["index"];

    /// <summary>The <c>wait</c> parameter, or null.</summary>
    public string? Wait => HttpUtility.ParseQueryString(Uri.Query)["wait"];

    public override string ToString() => $"#{Number} {Uri.PathAndQuery}";
}

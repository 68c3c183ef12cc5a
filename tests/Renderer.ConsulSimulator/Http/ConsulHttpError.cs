namespace Renderer.ConsulSimulator.Http;

/// <summary>An error answer in Consul's form: a status code and a plain-text body (the message only).</summary>
internal sealed class ConsulHttpError(int statusCode, string body) : Exception(body)
{
    public int StatusCode { get; } = statusCode;

    public string Body { get; } = body;

    /// <summary>Extra headers, e.g. <c>Allow</c> on a 405.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static ConsulHttpError BadRequest(string body) => new(400, body);

    public static ConsulHttpError Forbidden(string body) => new(403, body);

    public static ConsulHttpError NotFound(string body) => new(404, body);

    public static ConsulHttpError Internal(string body) => new(500, body);
}

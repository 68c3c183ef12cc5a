namespace Renderer.Core.Templating.Nginx;

/// <summary>
/// A value cannot be written into nginx configuration by the requested function (<c>nginx.token</c>,
/// <c>nginx.quote</c>, <c>nginx.address</c>). The message names the function, shows the value with invisible
/// characters escaped, and says what to do instead.
/// </summary>
public sealed class NginxSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NginxSyntaxException(string function, string value, string message)
        : base(message)
    {
        Function = function;
        Value = value;
    }

    /// <summary>The template function, e.g. <c>nginx.token</c>.</summary>
    public string Function { get; }

    /// <summary>The refused value, unescaped.</summary>
    public string Value { get; }
}

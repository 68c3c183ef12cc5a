namespace Renderer.Core.Catalog;

/// <summary>
/// A template passed an invalid argument to a catalog function (a health filter, a <c>tag.name@dc</c> service
/// argument, a KV path, an <c>@dc</c> argument). The message names the value and the accepted forms.
/// </summary>
public sealed class QueryArgumentException : CatalogException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argument">What the value was meant to be, e.g. <c>health filter</c>.</param>
    /// <param name="value">The offending value as given.</param>
    /// <param name="message">The whole message, naming the value and saying what is accepted.</param>
    public QueryArgumentException(string argument, string? value, string message)
        : base(message)
    {
        Argument = argument;
        Value = value;
    }

    /// <summary>What the value was meant to be, e.g. <c>health filter</c> or <c>service</c>.</summary>
    public string Argument { get; }

    /// <summary>The offending value as given.</summary>
    public string? Value { get; }
}

using Renderer.Core.Catalog;

namespace Renderer.Core.Dependencies;

/// <summary>Parsing of the template argument forms of template-api.md.</summary>
/// <remarks>
/// <para>
/// <c>service</c> takes <c>"name"</c>, <c>"tag.name"</c>, <c>"name@dc"</c> or <c>"tag.name@dc"</c>. The datacenter
/// is what follows the one <c>@</c>; before it, the name is the part after the <b>last</b> dot and the tag is
/// everything before that dot. So <c>"v1.2.web"</c> is tag <c>v1.2</c> of service <c>web</c>.
/// </para>
/// <para>
/// Why the last dot: tags with dots are common (<c>v1.2</c>, <c>traefik.enable=true</c>) while service names
/// with dots are discouraged by Consul (they cannot be looked up through its DNS interface, which uses the same
/// <c>tag.name</c> shape), and consul-template reads the argument the same way, so templates written for it
/// keep their meaning. The price: a service whose name contains a dot cannot be named through this form.
/// </para>
/// </remarks>
public sealed partial record DependencyKey
{
    private const string ServiceForms = "accepted forms: \"name\", \"tag.name\", \"name@dc\", \"tag.name@dc\"";

    /// <summary>Parses the arguments of <c>service</c>.</summary>
    /// <param name="argument">The first argument, e.g. <c>http.web@dc1</c>.</param>
    /// <param name="healthFilter">The optional second argument; null means <c>passing</c>.</param>
    /// <exception cref="QueryArgumentException">Either argument is malformed; the message names it.</exception>
    public static DependencyKey ParseService(string argument, string? healthFilter = null)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var (body, datacenter) = SplitDatacenter(argument, "Service argument", ServiceForms);
        var dot = body.LastIndexOf('.');
        var name = body[(dot + 1)..];
        var tag = dot >= 0 ? body[..dot] : null;
        if (name.Length == 0)
        {
            throw Invalid(argument, $"Service argument {ValueDisplay.Quote(argument)} has no service name; {ServiceForms}.");
        }

        if (tag is { Length: 0 })
        {
            throw Invalid(argument, $"Service argument {ValueDisplay.Quote(argument)} has an empty tag before '.'; {ServiceForms}.");
        }

        CheckWord(name, "service name", argument);
        if (tag is not null)
        {
            CheckWord(tag, "tag", argument);
        }

        return new(DependencyKind.Service, name, tag, CheckDatacenter(datacenter), HealthFilter.Parse(healthFilter));
    }

    /// <summary>Parses the optional argument of <c>services</c>: null for the local datacenter, or <c>"@dc"</c>.</summary>
    /// <exception cref="QueryArgumentException">The argument is not of the form <c>@dc</c>.</exception>
    public static DependencyKey ParseServices(string? argument) => ForServices(ParseDatacenterArgument(argument));

    /// <summary>Parses the optional argument of <c>nodes</c>: null for the local datacenter, or <c>"@dc"</c>.</summary>
    /// <exception cref="QueryArgumentException">The argument is not of the form <c>@dc</c>.</exception>
    public static DependencyKey ParseNodes(string? argument) => ForNodes(ParseDatacenterArgument(argument));

    /// <summary>Parses the path of <c>key</c> / <c>key_or_default</c>; the path is taken literally (an <c>@</c> is part of it).</summary>
    /// <exception cref="QueryArgumentException">The path is empty or holds control characters.</exception>
    public static DependencyKey ParseKey(string path) => ForKey(path);

    /// <summary>Parses the prefix of <c>ls</c> / <c>tree</c>; the prefix is taken literally.</summary>
    /// <exception cref="QueryArgumentException">The prefix holds control characters.</exception>
    public static DependencyKey ParseKeyPrefix(string prefix) => ForKeyPrefix(prefix);

    private static string? ParseDatacenterArgument(string? argument)
    {
        if (argument is null)
        {
            return null;
        }

        const string Form = "accepted: no argument for the local datacenter, or \"@dc\"";
        if (!argument.StartsWith('@'))
        {
            var hint = argument.Length == 0 ? "" : $" (write \"@{argument}\")";
            throw Invalid(argument, $"Datacenter argument {ValueDisplay.Quote(argument)} must start with '@'{hint}; {Form}.");
        }

        return SplitDatacenter(argument, "Datacenter argument", Form).Datacenter;
    }

    private static (string Body, string? Datacenter) SplitDatacenter(string argument, string what, string forms)
    {
        var at = argument.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return (argument, null);
        }

        if (argument.IndexOf('@', at + 1) >= 0)
        {
            throw Invalid(argument, $"{what} {ValueDisplay.Quote(argument)} has more than one '@'; {forms}.");
        }

        var datacenter = argument[(at + 1)..];
        return datacenter.Length > 0 ? (argument[..at], datacenter)
            : throw Invalid(argument, $"{what} {ValueDisplay.Quote(argument)} has no datacenter after '@'; {forms}.");
    }

    /// <summary>Refuses an empty value, whitespace, control characters and <c>@</c>; the message names the whole argument.</summary>
    private static void CheckWord(string value, string what, string argument)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw Invalid(argument, $"The {what} in {ValueDisplay.Quote(argument)} is empty.");
        }

        var index = IndexOfRefused(value);
        if (index >= 0)
        {
            throw Invalid(
                argument,
                $"The {what} {ValueDisplay.Quote(value)} in {ValueDisplay.Quote(argument)} contains " +
                $"{ValueDisplay.Character(value[index])}, which is not allowed (whitespace, control characters and '@' are refused).");
        }
    }

    private static int IndexOfRefused(string value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            if (value[index] == '@' || char.IsWhiteSpace(value[index]) || char.IsControl(value[index]))
            {
                return index;
            }
        }

        return -1;
    }

    private static QueryArgumentException Invalid(string argument, string message) =>
        new("catalog argument", argument, message);
}

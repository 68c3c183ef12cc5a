using Renderer.Consul.Exceptions;
using Env = Renderer.Consul.Configuration.ConsulEnvironmentVariables;

namespace Renderer.Consul.Configuration;

/// <summary>One resolution of <see cref="ConsulClientOptions"/> against the environment; collects every problem.</summary>
internal sealed partial class ConnectionResolver(ConsulClientOptions options)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];

    public ConsulConnection Resolve()
    {
        _problems.AddRange(options.ValidateTunables());
        var address = ResolveAddress();
        var useTls = address.RequiresTls || ResolveTlsFlag();
        var (token, tokenSource) = ResolveToken();
        var connection = new ConsulConnection
        {
            Address = address,
            UseTls = useTls,
            Token = token,
            TokenSource = tokenSource,
            BasicAuth = Pick(options.HttpAuth, Env.HttpAuth) is { } auth ? ConsulBasicAuth.Parse(auth) : null,
            Tls = ResolveTls(useTls),
            Datacenter = Blank(options.Datacenter),
            Namespace = Pick(options.Namespace, Env.Namespace),
            Warnings = _warnings,
        };
        return _problems.Count > 0 ? throw new ConsulConfigurationException(_problems) : connection;
    }

    private ConsulAddress ResolveAddress()
    {
        var (text, source) = options.Address is { Length: > 0 } explicitAddress
            ? (explicitAddress, "the Address option")
            : (Variable(Env.HttpAddress), Env.HttpAddress);
        if (text is null)
        {
            return ConsulAddress.Default;
        }

        if (ConsulAddress.TryParse(text, out var address, out var error))
        {
            return address;
        }

        _problems.Add($"{source}: {error}");
        return ConsulAddress.Default;
    }

    private bool ResolveTlsFlag()
    {
        if (options.UseTls is { } explicitTls)
        {
            return explicitTls;
        }

        // Spec §10.1: an unparsable CONSUL_HTTP_SSL is a warning and is ignored, as in Consul's client.
        var text = Variable(Env.HttpSsl);
        if (text is null)
        {
            return false;
        }

        if (GoBool.TryParse(text, out var value))
        {
            return value;
        }

        _warnings.Add($"{Env.HttpSsl}='{text}' is not a boolean ({GoBool.Accepted}); ignored");
        return false;
    }

    private (string? Token, string Source) ResolveToken()
    {
        var (token, source) =
            options.TokenFile is { Length: > 0 } explicitFile ? (ReadTokenFile(explicitFile, "the TokenFile option"), "TokenFile option")
            : options.Token is { Length: > 0 } explicitToken ? (explicitToken, "Token option")
            : Variable(Env.HttpTokenFile) is { } envFile ? (ReadTokenFile(envFile, Env.HttpTokenFile), Env.HttpTokenFile)
            : (Variable(Env.HttpToken), Env.HttpToken);
        if (string.IsNullOrEmpty(token))
        {
            return (null, "none");
        }

        // A control character would corrupt the header; the message names the source, never the value.
        if (token.Any(char.IsControl))
        {
            _problems.Add($"The ACL token from {source} contains control characters (a stray line break?)");
        }

        return (token, source);
    }

    private string? ReadTokenFile(string path, string source)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _problems.Add($"Error loading token file '{path}' ({source}): {ex.Message}");
            return null;
        }
    }

    private string? Pick(string? explicitValue, string variable) => Blank(explicitValue) ?? Variable(variable);

    /// <summary>Consul treats an empty variable as unset; so do we.</summary>
    private string? Variable(string name) => Blank(options.EnvironmentReader(name));

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

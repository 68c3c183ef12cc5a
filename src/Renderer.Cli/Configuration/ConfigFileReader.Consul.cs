using Renderer.Cli.Configuration.Json;

namespace Renderer.Cli.Configuration;

public static partial class ConfigFileReader
{
    private static readonly Dictionary<string, string> ConsulHints = new(StringComparer.Ordinal)
    {
        ["auth"] = "use \"http_auth\": \"user:password\"",
        ["tls"] = "the key is \"ssl\" (consul-template's name)",
        ["addr"] = "the key is \"address\"",
        ["retry"] = "Renderer retries with its own backoff; " + UnsupportedHint,
        ["transport"] = UnsupportedHint,
    };

    private static ConsulSection BindConsul(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        var consul = new ConsulSection();
        binder.BindObject(node, jsonPath, new Dictionary<string, Action<ConfigNode, string>>(StringComparer.Ordinal)
        {
            ["address"] = (value, at) => consul = consul with { Address = binder.String(value, at) },
            ["token"] = (value, at) => consul = consul with { Token = binder.String(value, at) },
            ["token_file"] = (value, at) => consul = consul with { TokenFile = binder.Path(value, at) },
            ["datacenter"] = (value, at) => consul = consul with { Datacenter = binder.String(value, at) },
            ["namespace"] = (value, at) => consul = consul with { Namespace = binder.String(value, at) },
            ["http_auth"] = (value, at) => consul = consul with { HttpAuth = binder.String(value, at) },
            ["max_connections"] = (value, at) => consul = consul with { MaxConnections = binder.Integer(value, at, minimum: 1) },
            ["ssl"] = (value, at) => consul = consul with { Tls = BindTls(binder, value, at) },
        }, ConsulHints);
        return consul;
    }

    private static TlsSection BindTls(ConfigBinder binder, ConfigNode node, string jsonPath)
    {
        var tls = new TlsSection();
        binder.BindObject(node, jsonPath, new Dictionary<string, Action<ConfigNode, string>>(StringComparer.Ordinal)
        {
            ["enabled"] = (value, at) => tls = tls with { Enabled = binder.Boolean(value, at) },
            ["verify"] = (value, at) => tls = tls with { Verify = binder.Boolean(value, at) },
            ["ca_cert"] = (value, at) => tls = tls with { CaCert = binder.Path(value, at) },
            ["ca_path"] = (value, at) => tls = tls with { CaPath = binder.Path(value, at) },
            ["cert"] = (value, at) => tls = tls with { Cert = binder.Path(value, at) },
            ["key"] = (value, at) => tls = tls with { Key = binder.Path(value, at) },
            ["server_name"] = (value, at) => tls = tls with { ServerName = binder.String(value, at) },
        });
        return tls;
    }
}

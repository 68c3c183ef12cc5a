namespace Renderer.Consul.Configuration;

/// <summary>The environment variables Consul's own CLI and Go client read (spec §10.1), with the same meaning.</summary>
public static class ConsulEnvironmentVariables
{
    public const string HttpAddress = "CONSUL_HTTP_ADDR";
    public const string HttpToken = "CONSUL_HTTP_TOKEN";
    public const string HttpTokenFile = "CONSUL_HTTP_TOKEN_FILE";
    public const string HttpAuth = "CONSUL_HTTP_AUTH";
    public const string HttpSsl = "CONSUL_HTTP_SSL";
    public const string HttpSslVerify = "CONSUL_HTTP_SSL_VERIFY";
    public const string CaCert = "CONSUL_CACERT";
    public const string CaPath = "CONSUL_CAPATH";
    public const string ClientCert = "CONSUL_CLIENT_CERT";
    public const string ClientKey = "CONSUL_CLIENT_KEY";
    public const string TlsServerName = "CONSUL_TLS_SERVER_NAME";
    public const string Namespace = "CONSUL_NAMESPACE";
}

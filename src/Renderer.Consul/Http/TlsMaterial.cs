using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Renderer.Consul.Configuration;

namespace Renderer.Consul.Http;

/// <summary>Loads the CA roots and the client certificate named by <see cref="ConsulTlsSettings"/> (PEM files).</summary>
internal static class TlsMaterial
{
    public static SslClientAuthenticationOptions CreateSslOptions(ConsulTlsSettings tls, List<string> problems)
    {
        var roots = tls.CaFile is { } caFile ? LoadCaFile(caFile, problems)
            : tls.CaPath is { } caPath ? LoadCaPath(caPath, problems)
            : null;
        var options = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = ServerCertificateValidator.Create(roots, tls.VerifyServerCertificate),
        };
        if (tls.ClientCertFile is { } certFile && tls.ClientKeyFile is { } keyFile)
        {
            var certificate = LoadClientCertificate(certFile, keyFile, problems);
            if (certificate is not null)
            {
                options.ClientCertificates = [certificate];
            }
        }

        return options;
    }

    private static X509Certificate2Collection? LoadCaFile(string path, List<string> problems)
    {
        var roots = new X509Certificate2Collection();
        if (!TryImport(roots, path, problems))
        {
            return roots;
        }

        if (roots.Count == 0)
        {
            problems.Add($"CA file '{path}' contains no PEM certificate");
        }

        return roots;
    }

    private static X509Certificate2Collection LoadCaPath(string directory, List<string> problems)
    {
        var roots = new X509Certificate2Collection();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            TryImport(roots, file, problems);
        }

        if (roots.Count == 0)
        {
            problems.Add($"CA directory '{directory}' contains no PEM certificate");
        }

        return roots;
    }

    private static bool TryImport(X509Certificate2Collection roots, string path, List<string> problems)
    {
        try
        {
            roots.ImportFromPemFile(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            problems.Add($"Cannot read CA certificates from '{path}': {ex.Message}");
            return false;
        }
    }

    private static X509Certificate2? LoadClientCertificate(string certFile, string keyFile, List<string> problems)
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(certFile, keyFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            problems.Add($"Cannot load the client certificate '{certFile}' with key '{keyFile}': {ex.Message}");
            return null;
        }
    }
}

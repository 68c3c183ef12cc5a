using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Renderer.Consul.Http;

/// <summary>
/// Judges the server certificate. With a custom CA (CONSUL_CACERT/CONSUL_CAPATH) the chain must end in one of those
/// roots and nowhere else, as with Consul's Go client (its RootCAs replace the system pool). Name checks stay with
/// <see cref="SslStream"/>, which compares against the TLS server name.
/// </summary>
internal static class ServerCertificateValidator
{
    public static RemoteCertificateValidationCallback? Create(X509Certificate2Collection? customRoots, bool verify)
    {
        if (!verify)
        {
            return static (_, _, _, _) => true;
        }

        return customRoots is null
            ? null
            : (_, certificate, chain, errors) => Validate(certificate, chain, errors, customRoots);
    }

    internal static bool Validate(
        X509Certificate? certificate, X509Chain? presentedChain, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            // Intermediates the server sent; the roots still come only from CustomTrustStore.
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}

namespace Renderer.Templates.Tests.Support;

/// <summary>
/// The nginx configuration the seed article of scenario 1 shows for domain tonybai.com, copied verbatim from the
/// project's scenario spec (seed-scenarios.md, "Scenario 1"; the spec added the indentation).
/// </summary>
internal static class SeedArticle
{
    /// <summary>The upstream and server blocks of the http context.</summary>
    public const string HttpBlocks =
        """
        upstream httpfront {
            zone upstream-httpfront 64k;
            server 192.168.0.129:32769 max_fails=3 fail_timeout=60 weight=1;
            server 192.168.0.130:32768 max_fails=3 fail_timeout=60 weight=1;
            server 192.168.0.131:32768 max_fails=3 fail_timeout=60 weight=1;
        }
        server {
            listen 80;
            server_name httpfront.tonybai.com;
            location / {
                proxy_pass http://httpfront;
            }
        }

        """;

    /// <summary>The whole stream block.</summary>
    public const string StreamBlock =
        """
        stream {
            upstream tcpfront-9999 {
                least_conn;
                server 192.168.0.129:32770 max_fails=3 fail_timeout=30s weight=5;
                server 192.168.0.130:32769 max_fails=3 fail_timeout=30s weight=5;
                server 192.168.0.131:32769 max_fails=3 fail_timeout=30s weight=5;
            }
            server {
                listen 9999;
                proxy_pass tcpfront-9999;
            }
        }

        """;

    /// <summary>The domain the article uses.</summary>
    public const string Domain = "tonybai.com";
}

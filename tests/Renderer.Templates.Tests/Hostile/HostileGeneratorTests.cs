using System.Net;
using Renderer.Core.Templating.Nginx;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>The generator the fuzz runs on: deterministic, covering every dangerous class, and never a DNS lookup.</summary>
public sealed class HostileGeneratorTests
{
    private const int Sample = 2000;

    private static readonly IReadOnlyList<HostileRegistration> Registrations = HostileGenerator.Sequence(Sample, HostileSettings.DefaultSeed);

    [Fact]
    public void The_same_seed_gives_the_same_registrations_and_a_shorter_run_is_a_prefix()
    {
        var again = HostileGenerator.Sequence(Sample / 2, HostileSettings.DefaultSeed);

        Assert.Equal(Registrations.Take(Sample / 2).Select(registration => registration.ToString()), again.Select(registration => registration.ToString()));
        Assert.NotEqual(Registrations[7].ToString(), HostileGenerator.Registration(7, HostileSettings.DefaultSeed + 1).ToString());
    }

    [Fact]
    public void Every_dangerous_fragment_appears_in_some_name_and_some_address_class_in_every_address_list()
    {
        var names = Registrations.Select(registration => registration.ServiceName).ToList();
        var missing = HostileValues.AllFragments.Where(fragment => !names.Any(name => name.Contains(fragment, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, $"No name holds {string.Join(", ", missing.Select(HostileDisplay.Quote))}");

        var addresses = Registrations.Select(registration => registration.ServiceAddress).ToHashSet(StringComparer.Ordinal);
        foreach (var list in new[] { HostileValues.Ipv6, HostileValues.ZonedIpv6, HostileValues.Ipv4Lookalikes, HostileValues.MalformedIpv6 })
        {
            Assert.Contains(list, addresses.Contains);
        }

        Assert.Contains("", addresses);
        Assert.Contains("localhost", addresses);
        Assert.Contains(names, name => name.Length > NginxSyntax.MaxWordBytes);
        Assert.Contains(Registrations, registration => registration.Port is < 1 or > 65535);
    }

    [Fact]
    public void Every_address_nginx_address_accepts_is_an_ip_literal_or_localhost_so_nginx_never_asks_dns()
    {
        foreach (var registration in Registrations)
        {
            foreach (var address in new[] { registration.ServiceAddress, registration.NodeAddress }.Where(address => address.Length > 0))
            {
                string host;
                try
                {
                    host = NginxSyntax.Address(address, 80)[..^3];
                }
                catch (NginxSyntaxException)
                {
                    continue;
                }

                Assert.True(host == "localhost" || IPAddress.TryParse(host.Trim('[', ']'), out _), $"{registration}: {HostileDisplay.Quote(host)}");
            }
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Renderer.Core.Catalog;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// Deterministic generator of hostile registrations: registration <c>i</c> depends only on the seed and <c>i</c>, so a
/// smaller run is a prefix of a larger one and a failure names a registration anyone can regenerate.
/// </summary>
/// <remarks>
/// Addresses are built so that nginx never needs DNS to check an accepted one: each is an IP literal, <c>localhost</c>
/// (in /etc/hosts), empty (the node's address is used) or contains a character no host name has. Service names that
/// carry a port (<c>-PORT</c>, for nginx-stream) use 20000 + index, or 1 + index % 1023 for privileged ones, so
/// batches can give every stream server its own port.
/// </remarks>
internal static class HostileGenerator
{
    /// <summary>The first port of the unique per-registration ports; below it lie the benign service's and the shifted privileged ones.</summary>
    public const int FirstRegistrationPort = 20000;

    /// <summary>Registrations 0 to <paramref name="count"/> - 1.</summary>
    public static IReadOnlyList<HostileRegistration> Sequence(int count, int seed) =>
        [.. Enumerable.Range(0, count).Select(index => Registration(index, seed))];

    /// <summary>Registration <paramref name="index"/> of the sequence <paramref name="seed"/> gives.</summary>
    public static HostileRegistration Registration(int index, int seed)
    {
        var random = new Random(unchecked((seed * 397) ^ index));
        return new HostileRegistration(
            index,
            Name(random, index),
            Pick(random, [$"svc{index}", $"id-{index}-{Fragment(random)}", "", Fragment(random) + index]),
            Tags(random),
            Meta(random),
            Address(random, index, allowEmpty: true),
            Pick(random, [$"node-{index}", Fragment(random), "", $"n{index}{Fragment(random)}", Long(random, 'n')]),
            Address(random, index + 1, allowEmpty: random.Next(10) == 0),
            random.Next(10) == 0 ? Pick(random, HostileValues.EdgePorts) : 1024 + random.Next(64000),
            random.Next(20) switch { < 17 => HealthStatus.Passing, < 19 => HealthStatus.Critical, _ => HealthStatus.Warning });
    }

    private static string Name(Random random, int index)
    {
        var plain = Plain(random, index);
        return random.Next(100) switch
        {
            < 35 => plain,
            < 57 => Insert(random, plain, 1 + random.Next(3)),
            < 62 => Fragment(random) + (random.Next(2) == 0 ? "" : Fragment(random)),
            < 64 => "",
            < 70 => LongName(random, index),
            < 78 => Pick(random, HostileValues.Unicode) + plain + (random.Next(2) == 0 ? "" : Pick(random, HostileValues.Unicode)),
            < 88 => Pick(random, [$"v1.svc{index}", $"svc{index}@dc2", $"svc{index}@", $".svc{index}", $"svc{index}.",
                $"tag.svc{index}@dc1", $"svc{index}@dc1@dc2", $"unix:/run/svc{index}.sock-{Port(index)}", $"svc{index}:80"]),
            _ => Pick(random, [$"svc{index}-0", $"svc{index}-65536", $"svc{index}-{1 + (index % 1023)}", $"svc{index}-0{Port(index)}",
                $"svc{index}-99999999999", $"svc{index}-", $"svc{index}-+{Port(index)}", $"{Port(index)}", $"SVC{index}-{Port(index)}"]),
        };
    }

    /// <summary>A name nginx can use: letters, digits, '-' and '_', some with a port for nginx-stream, in mixed case.</summary>
    private static string Plain(Random random, int index)
    {
        var name = Pick(random, ["svc", "Svc", "SVC", "web_", "tcp-"]) + index.ToString(CultureInfo.InvariantCulture);
        return random.Next(5) < 3 ? $"{name}-{Port(index)}" : name;
    }

    private static string LongName(Random random, int index)
    {
        var prefix = $"svc{index}-";
        var length = Pick(random, [255, 256, 300, 3999, 4001, 4100, 5000]);
        var name = prefix + new string('a', length - prefix.Length);
        return random.Next(4) == 0 ? Insert(random, name, 1) : name;
    }

    private static ImmutableArray<string> Tags(Random random)
    {
        var tags = new List<string>();
        foreach (var tag in new[] { "http", "tcp", "web" })
        {
            if (random.Next(10) < 6)
            {
                tags.Add(tag);
            }
        }

        for (var extra = random.Next(3); extra > 0; extra--)
        {
            tags.Insert(random.Next(tags.Count + 1), random.Next(2) == 0 ? Pick(random, HostileValues.TagLookalikes) : Fragment(random));
        }

        return [.. tags];
    }

    private static ImmutableSortedDictionary<string, string> Meta(Random random)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = random.Next(4); count > 0; count--)
        {
            pairs[Pick(random, ["version", "", Fragment(random), Long(random, 'k')])] = Pick(random, ["1", "", Fragment(random), Long(random, 'v')]);
        }

        return StringMap.Create(pairs);
    }

    private static string Address(Random random, int index, bool allowEmpty)
    {
        var ipv4 = $"10.{(index >> 16) & 255}.{(index >> 8) & 255}.{index & 255}";
        return random.Next(100) switch
        {
            < 20 when allowEmpty => "",
            < 45 => ipv4,
            < 60 => Pick(random, HostileValues.Ipv6),
            < 64 => Pick(random, HostileValues.ZonedIpv6),
            < 67 => "localhost",
            < 75 => Pick(random, HostileValues.Ipv4Lookalikes),
            < 80 => Pick(random, HostileValues.MalformedIpv6),
            < 97 => Insert(random, random.Next(2) == 0 ? ipv4 : Pick(random, HostileValues.Ipv6), 1 + random.Next(2), HostileValues.AddressFragments),
            _ => new string('1', 300) + Pick(random, HostileValues.AddressFragments),
        };
    }

    private static string Insert(Random random, string text, int count, string[]? fragments = null)
    {
        var builder = new StringBuilder(text);
        for (; count > 0; count--)
        {
            builder.Insert(random.Next(builder.Length + 1), Pick(random, fragments ?? HostileValues.AllFragments));
        }

        return builder.ToString();
    }

    private static string Long(Random random, char filler) => new(filler, Pick(random, [300, 5000]));

    private static string Fragment(Random random) => Pick(random, HostileValues.AllFragments);

    private static int Port(int index) => FirstRegistrationPort + index;

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}

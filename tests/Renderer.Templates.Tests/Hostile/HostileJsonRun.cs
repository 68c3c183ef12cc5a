using System.Text;
using System.Text.Json;
using Renderer.Templates.Tests.Support;

namespace Renderer.Templates.Tests.Hostile;

/// <summary>
/// The fuzz run over dependencies.json.scriban. Its service names come from the <c>services</c> variable, so each
/// registration's name is given there, after the benign service's: the render is refused naming a value, or the output
/// is JSON whose keys are exactly the names the template documents (split at commas, trimmed, blanks and repeats dropped).
/// </summary>
internal static class HostileJsonRun
{
    private const string TemplateFileName = "dependencies.json.scriban";
    private static readonly string[] BenignAddresses = ["10.255.0.1:8080"];

    public static async Task<HostileTally> RunAsync(IReadOnlyList<HostileRegistration> registrations)
    {
        var renderer = await HostileRenderer.LoadAsync(ShippedTemplate.Named(TemplateFileName));
        var tally = new HostileTally(TemplateFileName);
        foreach (var registration in registrations)
        {
            Classify(renderer, registration, tally);
        }

        return tally;
    }

    /// <summary>The names the template must look up for a <c>services</c> value, in order.</summary>
    public static IReadOnlyList<string> ExpectedNames(string services) =>
        [.. services.Split(',').Select(name => name.Trim()).Where(name => name.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// A name as a UTF-8 file can hold it: an unpaired surrogate becomes U+FFFD, as the JSON writer (and any UTF-8
    /// output) writes it. No real input has one: Consul's JSON and command-line arguments are valid UTF-8.
    /// </summary>
    public static string AsUtf8(string name) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name));

    private static void Classify(HostileRenderer renderer, HostileRegistration registration, HostileTally tally)
    {
        var services = HostileCatalog.Benign.ServiceName + "," + registration.ServiceName;
        var expected = ExpectedNames(services);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["services"] = services };
        var render = renderer.Render(HostileCatalog.Of([registration]), variables);
        if (render.Error is { } error)
        {
            if (HostileRefusal.OfJsonTemplate(registration, expected, error.Message) is { } reason)
            {
                tally.CountRefused(reason);
            }
            else
            {
                tally.CountUnnamed($"{registration}\n    {error.Message}");
            }

            return;
        }

        if (JsonProblem(render.Text!, [.. expected.Select(AsUtf8)]) is { } problem)
        {
            tally.CountInjection($"{registration}\n{problem}\noutput:\n{render.Text}");
            return;
        }

        tally.CountAccepted(expected.Count == 1 ? "JSON with the benign key only (name blank or a repeat)" : "JSON with exactly the expected keys");
    }

    private static string? JsonProblem(string text, IReadOnlyList<string> expected)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return $"the root is {document.RootElement.ValueKind}, not an object";
            }

            var properties = document.RootElement.EnumerateObject().ToList();
            var keys = properties.Select(property => property.Name).ToList();
            if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
            {
                return $"duplicate keys [{string.Join(", ", keys.Select(HostileDisplay.Quote))}]";
            }

            if (!keys.SequenceEqual(expected, StringComparer.Ordinal))
            {
                return $"keys [{string.Join(", ", keys.Select(HostileDisplay.Quote))}], expected [{string.Join(", ", expected.Select(HostileDisplay.Quote))}]";
            }

            foreach (var property in properties)
            {
                if (property.Value.ValueKind != JsonValueKind.Array
                    || property.Value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
                {
                    return $"the value of {HostileDisplay.Quote(property.Name)} is not an array of strings";
                }
            }

            var benign = properties[0].Value.EnumerateArray().Select(item => item.GetString()).ToArray();
            return benign.SequenceEqual(BenignAddresses) ? null : $"the benign service's addresses changed: [{string.Join(", ", benign)}]";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return $"not valid JSON: {e.Message}";
        }
    }
}

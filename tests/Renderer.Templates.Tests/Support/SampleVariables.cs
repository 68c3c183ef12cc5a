namespace Renderer.Templates.Tests.Support;

/// <summary>
/// The <c>-var</c> values each sample's scenario needs, the same for every template rendered over its catalogs
/// (each template reads only the variables it documents). They follow the samples' command.txt files.
/// </summary>
internal static class SampleVariables
{
    private static readonly Dictionary<string, Dictionary<string, string>> BySample = new(StringComparer.Ordinal)
    {
        // Seed 000: the article's domain; vhost and JSON pick the two web services by name.
        ["http-upstreams"] = new(StringComparer.Ordinal) { ["domain"] = "tonybai.com", ["services"] = "httpbackend,httpfront" },
        // Seed 001: one upstream for the service `star`.
        ["passing-only"] = new(StringComparer.Ordinal) { ["services"] = "star" },
        // Seed 002: the application depends on service1 and service2.
        ["json-dependency-file"] = new(StringComparer.Ordinal) { ["services"] = "service1,service2" },
        // Seed 004: the tomcat containers behind nginx on port 8080.
        ["include-fragment"] = new(StringComparer.Ordinal) { ["services"] = "tomcat", ["listen"] = "8080" },
    };

    public static IReadOnlyDictionary<string, string> For(string sample) =>
        BySample.TryGetValue(sample, out var variables)
            ? variables
            : throw new ArgumentException(
                $"Sample '{sample}' has a catalog but no entry in SampleVariables: add the variables its scenario needs.",
                nameof(sample));
}

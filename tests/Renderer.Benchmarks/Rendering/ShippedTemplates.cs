using System.Reflection;

namespace Renderer.Benchmarks.Rendering;

/// <summary>Where the repository's <c>templates/</c> are: the benchmarks read the shipped files in place.</summary>
public static class ShippedTemplates
{
    /// <summary>The whole nginx.conf: includes <see cref="Http"/> inside <c>http {}</c> and <see cref="Stream"/> inside <c>stream {}</c>.</summary>
    public const string NginxConf = "nginx.conf.scriban";

    public const string Http = "nginx-http.scriban";

    public const string Stream = "nginx-stream.scriban";

    /// <summary>Absolute path of the <c>templates/</c> folder, baked in at build time (see the project file).</summary>
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "templates");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    private static string RepositoryRoot()
    {
        var root = typeof(ShippedTemplates).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        return root is not null && System.IO.Directory.Exists(Path.Combine(root, "templates"))
            ? root
            : throw new InvalidOperationException(
                $"The benchmarks read templates/ from the repository they were built in ({root ?? "unknown"}), and it is not there.");
    }
}

namespace Renderer.TestKit;

/// <summary>Finds the nginx binary and its stream module on this machine, so tests can run or skip with a reason.</summary>
public static class Nginx
{
    /// <summary>Where Debian's libnginx-mod-stream installs the dynamic stream module.</summary>
    public const string DynamicStreamModulePath = "/usr/lib/nginx/modules/ngx_stream_module.so";

    private static readonly Lazy<string?> Binary = new(LocateBinary);
    private static readonly Lazy<bool> StreamBuiltIn = new(IsStreamBuiltIn);

    /// <summary>Full path of the nginx binary (PATH first, then /usr/sbin), or null when nginx is not installed.</summary>
    public static string? BinaryPath => Binary.Value;

    /// <summary>True when nginx can be run here.</summary>
    public static bool IsAvailable => BinaryPath is not null;

    /// <summary>The module file to <c>load_module</c> for <c>stream {}</c>, or null when none is needed or present.</summary>
    public static string? StreamModuleToLoad =>
        IsAvailable && !StreamBuiltIn.Value && File.Exists(DynamicStreamModulePath) ? DynamicStreamModulePath : null;

    /// <summary>True when configurations with a <c>stream {}</c> block can be checked here.</summary>
    public static bool HasStreamModule => IsAvailable && (StreamBuiltIn.Value || File.Exists(DynamicStreamModulePath));

    /// <summary>Why an nginx test cannot run here, or null when it can.</summary>
    public static string? SkipReason(bool requiresStreamModule)
    {
        if (!IsAvailable)
        {
            return "nginx is not installed (looked on PATH and in /usr/sbin); install nginx-light to run this test.";
        }

        if (requiresStreamModule && !HasStreamModule)
        {
            return $"nginx has no stream module (not built in, and {DynamicStreamModulePath} is missing); " +
                   "install libnginx-mod-stream to run this test.";
        }

        return null;
    }

    /// <summary>The nginx binary, or an exception that says how to install it.</summary>
    public static string RequireBinary() =>
        BinaryPath ?? throw new InvalidOperationException(SkipReason(requiresStreamModule: false));

    private static string? LocateBinary()
    {
        var pathDirectories = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return pathDirectories
            .Append("/usr/sbin")
            .Append("/usr/local/sbin")
            .Select(directory => Path.Combine(directory, "nginx"))
            .FirstOrDefault(File.Exists);
    }

    private static bool IsStreamBuiltIn()
    {
        if (BinaryPath is null)
        {
            return false;
        }

        // `nginx -V` prints the configure arguments on stderr; "--with-stream=dynamic" means a loadable module.
        var result = ChildProcess.Run(BinaryPath, ["-V"], TimeSpan.FromSeconds(10));
        return result.Output.Contains("--with-stream ", StringComparison.Ordinal)
            || result.Output.TrimEnd().EndsWith("--with-stream", StringComparison.Ordinal);
    }
}

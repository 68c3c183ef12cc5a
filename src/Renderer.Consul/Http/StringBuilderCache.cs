using System.Text;

namespace Renderer.Consul.Http;

/// <summary>One reusable builder per thread, so building a URI allocates only the URI string.</summary>
internal static class StringBuilderCache
{
    private const int MaxCachedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? s_cached;

    public static StringBuilder Acquire()
    {
        var builder = s_cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        s_cached = null;
        builder.Clear();
        return builder;
    }

    public static string GetStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            s_cached = builder;
        }

        return text;
    }
}

using System.Globalization;

namespace Renderer.Scriban.Functions;

/// <summary>
/// Resolves the culture names builtins accept (<c>"en-US"</c>). The engine is culture-invariant and
/// the process runs with InvariantGlobalization, where no other culture exists; a named culture that
/// cannot be loaded therefore falls back to the invariant culture instead of failing the render.
/// </summary>
internal static class CultureNames
{
    public static CultureInfo Resolve(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}

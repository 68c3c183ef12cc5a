namespace Renderer.Consul.Configuration;

/// <summary>
/// Parses booleans the way Consul does (Go <c>strconv.ParseBool</c>), so <c>CONSUL_HTTP_SSL=1</c> means the same
/// to us as to the <c>consul</c> CLI.
/// </summary>
internal static class GoBool
{
    public const string Accepted = "1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False";

    public static bool TryParse(string text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}

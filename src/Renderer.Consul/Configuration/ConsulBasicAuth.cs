using System.Text;

namespace Renderer.Consul.Configuration;

/// <summary>HTTP basic-auth credentials (<c>CONSUL_HTTP_AUTH=user[:password]</c>); the password never prints.</summary>
public sealed record ConsulBasicAuth(string UserName, string Password)
{
    /// <summary>Splits at the first colon, as Consul does; <c>user</c> alone means an empty password.</summary>
    public static ConsulBasicAuth Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new ConsulBasicAuth(text, "") : new ConsulBasicAuth(text[..colon], text[(colon + 1)..]);
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("UserName = ").Append(UserName)
            .Append(", Password = ").Append(Redaction.Mask(Password) ?? "");
        return true;
    }
}

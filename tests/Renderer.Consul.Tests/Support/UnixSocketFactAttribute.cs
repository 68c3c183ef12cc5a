using System.Net.Sockets;

namespace Renderer.Consul.Tests.Support;

/// <summary>A fact that needs unix domain sockets; skipped, with the reason, where the OS has none.</summary>
public sealed class UnixSocketFactAttribute : FactAttribute
{
    public UnixSocketFactAttribute()
    {
        if (!Socket.OSSupportsUnixDomainSockets)
        {
            Skip = "This OS does not support unix domain sockets.";
        }
    }
}

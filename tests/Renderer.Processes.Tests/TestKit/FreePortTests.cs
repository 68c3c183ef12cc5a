using System.Net;
using System.Net.Sockets;
using Renderer.TestKit;

namespace Renderer.Processes.Tests.TestKit;

public sealed class FreePortTests
{
    [Fact]
    public void A_handed_out_port_can_be_bound_on_loopback_and_is_not_handed_out_again()
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort.Next()).ToArray();

        var listener = new TcpListener(IPAddress.Loopback, ports[0]);
        listener.Start();
        listener.Stop();
        Assert.Equal(ports.Length, ports.Distinct().Count());
    }
}

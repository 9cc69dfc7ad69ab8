using System.Net;
using System.Net.Sockets;

namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>Loopback ports nobody listens on right now (bound to port 0, then released).</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace Lab.CowStore.Etcd.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of etcd that a test can cut: <see cref="CutAsync"/> closes every
/// connection and stops listening (connects are refused, like a dead etcd), while the test keeps writing
/// to etcd directly; <see cref="Restore"/> listens again on the same port. So the watcher under test sees
/// etcd go away and come back while etcd moves on, deterministically.
/// </summary>
internal sealed class CuttableProxy : IAsyncDisposable
{
    private readonly Uri target;
    private readonly int port = FreePorts.Next();
    private readonly Lock gate = new();
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;
    private Task accepting = Task.CompletedTask;

    public CuttableProxy(Uri target)
    {
        this.target = target;
        Restore();
    }

    public Uri Url => new($"http://127.0.0.1:{port}");

    public void Restore()
    {
        var next = new TcpListener(IPAddress.Loopback, port);
        next.Start();
        listener = next;
        accepting = AcceptAsync(next);
    }

    public async Task CutAsync()
    {
        listener?.Stop();
        listener = null;
        await accepting;
        lock (gate)
        {
            foreach (var connection in connections)
            {
                if (connection.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // RST, as a killed process leaves
                }

                connection.Dispose();
            }

            connections.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await CutAsync();

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient inbound;
            try
            {
                inbound = await from.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(target.Host, target.Port);
            }
            catch (SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (gate)
            {
                connections.Add(inbound);
                connections.Add(outbound);
            }

            _ = PumpAsync(inbound, outbound);
            _ = PumpAsync(outbound, inbound);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Cut.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}

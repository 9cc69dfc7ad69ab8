using System.Threading.Channels;

namespace Lab.ConfigService.Reload;

/// <summary>
/// Reload requests from signal handlers and the file watcher to the one reload worker. At most one
/// request waits: requests that arrive while one is pending coalesce into it, and a request that arrives
/// during a reload runs another one afterwards, so the last state of the file is always loaded.
/// Requesting never blocks (it is called from a signal handler).
/// </summary>
internal sealed class ReloadRequests
{
    private readonly Channel<ReloadReason> pending = Channel.CreateBounded<ReloadReason>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Request(ReloadReason reason) => pending.Writer.TryWrite(reason);

    public IAsyncEnumerable<ReloadReason> ReadAllAsync(CancellationToken cancellationToken) =>
        pending.Reader.ReadAllAsync(cancellationToken);
}

using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Etcd;

/// <summary>
/// With <c>--checkpoint</c>: saves every published snapshot (latest wins: a burst of publishes costs one
/// save per snapshot it gets to, never a queue), so a restart while etcd is down serves the newest value
/// this process had. A failed save is logged and the next publish tries again.
/// </summary>
internal sealed partial class CheckpointWriter(ConfigHost host, EtcdFollower follower, ILogger<CheckpointWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var checkpoint = follower.Checkpoint!;
        try
        {
            using var subscription = await host.SubscribeAsync(stoppingToken);
            while (true)
            {
                var snapshot = await subscription.ReadAsync(stoppingToken);
                try
                {
                    checkpoint.Save(snapshot);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    LogSaveFailed(logger, checkpoint.Path, snapshot.Version, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (ObjectDisposedException)
        {
            // The store was disposed: nothing more to save.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot save checkpoint {Path} of version {Version}: {Error}")]
    private static partial void LogSaveFailed(ILogger logger, string path, long version, string error);
}

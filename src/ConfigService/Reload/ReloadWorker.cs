using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Reload;

/// <summary>
/// Runs reloads one at a time, so a reload never races another. A file change waits for the file to
/// settle first (editors write in several steps); a signal reloads at once.
/// </summary>
internal sealed partial class ReloadWorker(ReloadRequests requests, ConfigHost host, ConfigFileSource source, ILogger<ReloadWorker> logger)
    : BackgroundService
{
    /// <summary>How long a watched file must stay quiet before it is reloaded.</summary>
    private static readonly TimeSpan fileSettleTime = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var reason in requests.ReadAllAsync(stoppingToken))
            {
                if (reason == ReloadReason.FileChanged)
                {
                    await Task.Delay(fileSettleTime, stoppingToken);
                }

                LogReloading(logger, reason, source.Name);
                await host.ReloadAsync(source, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloading {Source} ({Reason})")]
    private static partial void LogReloading(ILogger logger, ReloadReason reason, string source);
}

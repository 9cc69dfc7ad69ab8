using Lab.ConfigService.Snapshots;

namespace Lab.ConfigService.Reload;

/// <summary>
/// With <c>--watch</c>: asks for a reload whenever the config file is written, created or renamed over
/// (the atomic-replace pattern of editors and deploy tools). The directory is watched, not the file,
/// so a replaced file keeps being watched.
/// </summary>
internal sealed class FileWatchReloadTrigger(ReloadRequests requests, ConfigFileSource source) : IHostedService, IDisposable
{
    private FileSystemWatcher? watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = source.Name;
        watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Renamed += OnChanged;
        watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        watcher?.EnableRaisingEvents = false;
        return Task.CompletedTask;
    }

    public void Dispose() => watcher?.Dispose();

    private void OnChanged(object sender, FileSystemEventArgs e) => requests.Request(ReloadReason.FileChanged);
}

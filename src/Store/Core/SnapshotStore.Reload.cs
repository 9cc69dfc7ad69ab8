namespace Lab.CowStore;

/// <content>Reload from a pluggable source.</content>
public sealed partial class SnapshotStore<T>
{
    /// <summary>
    /// Loads a new value from <paramref name="source"/>, validates it and publishes it. On any error (the
    /// source throws, or a validator rejects) the old snapshot stays current, the failure is counted
    /// (<see cref="ReloadFailureCount"/>, metric <c>config_reload_failures_total</c>) and reported in the
    /// result and in <see cref="LastReloadError"/>. Cancellation propagates as an exception and is not a failure.
    /// </summary>
    /// <param name="source">Where to load from.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>Published, Unchanged, Rejected or LoadFailed, with the current snapshot.</returns>
    public async Task<UpdateResult<T>> ReloadAsync(ISnapshotSource<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        UpdateResult<T> result;
        try
        {
            var value = await source.LoadAsync(cancellationToken);
            result = UpdateLocked(value, static (value, _) => Change<T>.To(value), default(NoYield));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            var message = ex is SnapshotSourceException ? ex.Message : $"{source.Name}: {ex.GetType().Name}: {ex.Message}";
            result = UpdateResult<T>.Failure(UpdateStatus.LoadFailed, Current, message);
        }

        if (result.Status is UpdateStatus.LoadFailed or UpdateStatus.Rejected)
        {
            var error = result.Status == UpdateStatus.Rejected ? $"{source.Name}: rejected: {result.Error}" : result.Error!;
            Volatile.Write(ref lastReloadError, error);
            Interlocked.Increment(ref reloadFailures);
            instruments.ReloadFailed();
            return result with { Errors = [error] };
        }

        Volatile.Write(ref lastReloadError, null);
        return result;
    }
}

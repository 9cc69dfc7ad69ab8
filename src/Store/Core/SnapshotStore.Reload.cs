using System.Runtime.InteropServices;

namespace Lab.CowStore;

/// <content>Reload from a pluggable source.</content>
public sealed partial class SnapshotStore<T>
{
    /// <summary>
    /// Loads a new value from <paramref name="source"/>, validates it and publishes it. A value equal to the
    /// current one (<see cref="SnapshotStoreOptions{T}.ReloadComparer"/>, structural by default) publishes
    /// nothing: the result is <see cref="UpdateStatus.Unchanged"/> with the current snapshot, no subscriber
    /// is woken, and it is counted (<see cref="UnchangedReloadCount"/>, metric <c>config_reloads_unchanged_total</c>).
    /// On any error (the source throws, or a validator rejects) the old snapshot stays current, the failure
    /// is counted (<see cref="ReloadFailureCount"/>, metric <c>config_reload_failures_total</c>) and reported
    /// in the result and in <see cref="LastReloadError"/>. Cancellation propagates as an exception and is not a failure.
    /// </summary>
    /// <param name="source">Where to load from.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>Published, Unchanged, Rejected or LoadFailed, with the current snapshot.</returns>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    public async Task<UpdateResult<T>> ReloadAsync(ISnapshotSource<T> source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        UpdateResult<T> result;
        try
        {
            var value = await source.LoadAsync(cancellationToken);
            // Compared under the writer lock with the snapshot the publish would replace.
            result = UpdateLocked((Store: this, Loaded: value), static (state, snapshot) => state.Store.IsUnchanged(snapshot.Value, state.Loaded)
                ? Change<T>.Keep()
                : Change<T>.To(state.Loaded), default(NoYield));
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

        if (result.Status == UpdateStatus.Unchanged)
        {
            Interlocked.Increment(ref unchangedReloads);
            instruments.ReloadUnchanged();
        }

        Volatile.Write(ref lastReloadError, null);
        return result;
    }

    /// <summary>True when a loaded value equals the current one and reloading it would publish nothing new.</summary>
    private bool IsUnchanged(T current, T loaded) => reloadComparer is { } comparer
        ? comparer.Equals(current, loaded)
        : SnapshotDiff.Compare(current, loaded).Count == 0;

    /// <summary>
    /// Reloads from <paramref name="source"/> whenever the process receives <paramref name="signal"/>
    /// (SIGHUP by default, the Unix convention for "re-read your configuration"). The signal's default
    /// action is cancelled. Results are reported as for <see cref="ReloadAsync"/>: failures keep the old
    /// snapshot and show in <see cref="LastReloadError"/> and the metrics; subscribers see successes.
    /// </summary>
    /// <param name="source">Where to reload from.</param>
    /// <param name="signal">The signal to handle.</param>
    /// <returns>The registration; dispose it to stop handling the signal.</returns>
    public IDisposable ReloadOnSignal(ISnapshotSource<T> source, PosixSignal signal = PosixSignal.SIGHUP)
    {
        ArgumentNullException.ThrowIfNull(source);
        return PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            _ = ReloadIgnoringDisposalAsync(source);
        });
    }

    /// <summary>A signal may arrive while the store is being disposed; that reload is simply dropped.</summary>
    private async Task ReloadIgnoringDisposalAsync(ISnapshotSource<T> source)
    {
        try
        {
            await ReloadAsync(source);
        }
        catch (ObjectDisposedException)
        {
        }
    }
}

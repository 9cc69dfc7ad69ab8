namespace Lab.CowStore;

/// <summary>The outcome of an update attempt that reports failure as a value instead of an exception.</summary>
/// <typeparam name="T">The store's value type.</typeparam>
/// <param name="Status">How the attempt ended.</param>
/// <param name="Snapshot">The store's current snapshot after the attempt: the new one if published, else the unchanged one.</param>
/// <param name="Errors">Why nothing was published (validator messages, abort reason, load error); empty on success.</param>
public readonly record struct UpdateResult<T>(UpdateStatus Status, Snapshot<T> Snapshot, IReadOnlyList<string> Errors)
{
    /// <summary>True when a new snapshot was published.</summary>
    public bool IsPublished => Status == UpdateStatus.Published;

    /// <summary>All <see cref="Errors"/> joined into one message, or null when there are none.</summary>
    public string? Error => Errors is null || Errors.Count == 0 ? null : string.Join("; ", Errors);

    internal static UpdateResult<T> Success(UpdateStatus status, Snapshot<T> snapshot) => new(status, snapshot, []);

    internal static UpdateResult<T> Failure(UpdateStatus status, Snapshot<T> snapshot, string error) => new(status, snapshot, [error]);
}

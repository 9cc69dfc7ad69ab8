namespace Lab.CowStore.Etcd;

/// <summary>One consistent reading of an <see cref="EtcdWatcher{T}"/>'s state.</summary>
/// <param name="Status">Where the watcher stands.</param>
/// <param name="Reason">Why it is not <see cref="EtcdWatchStatus.InSync"/>; null when it is.</param>
/// <param name="AppliedModRevision">Mod revision of the last value the store accepted (0 before the first).</param>
/// <param name="NextRevision">The revision the watch resumes from after a disconnection: one past the last seen.</param>
public sealed record EtcdWatchHealth(EtcdWatchStatus Status, string? Reason, long AppliedModRevision, long NextRevision)
{
    /// <summary>True when the store serves etcd's latest value of the key, as far as the watch knows.</summary>
    public bool IsInSync => Status == EtcdWatchStatus.InSync;
}

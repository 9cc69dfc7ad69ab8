namespace Lab.CowStore;

/// <summary>A checkpoint read back by <see cref="CheckpointFile{T}.Restore"/>.</summary>
/// <typeparam name="T">The store's value type.</typeparam>
/// <param name="Value">The restored value.</param>
/// <param name="Version">The version the snapshot had when it was saved; pass it as <see cref="SnapshotStoreOptions{T}.InitialVersion"/>.</param>
/// <param name="PublishedAt">When the saved snapshot had been published.</param>
/// <param name="Path">The file it came from (the checkpoint, or its backup generation).</param>
/// <param name="SkippedErrors">Why newer generations were skipped (empty when the newest was valid).</param>
public sealed record RestoredCheckpoint<T>(T Value, long Version, DateTimeOffset PublishedAt, string Path, IReadOnlyList<string> SkippedErrors);

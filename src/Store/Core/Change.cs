namespace Lab.CowStore;

/// <summary>
/// What a transactional change function decided: publish a new value, or abort with a reason
/// (the curriculum's "fn returns an error"). Used by <see cref="SnapshotStore{T}.TryUpdate(Func{T, Change{T}})"/>.
/// </summary>
/// <typeparam name="T">The store's value type.</typeparam>
public readonly struct Change<T> : IEquatable<Change<T>>
{
    private Change(T next, UpdateStatus status, string? reason)
    {
        Next = next;
        Status = status;
        Reason = reason;
    }

    /// <summary>The value to publish; meaningful only when <see cref="IsCommit"/> is true.</summary>
    public T Next { get; }

    /// <summary>Why the change aborted; null for a commit.</summary>
    public string? Reason { get; }

    /// <summary>True when the change asks to publish <see cref="Next"/>.</summary>
    public bool IsCommit => Status == UpdateStatus.Published;

    internal UpdateStatus Status { get; }

    /// <summary>Asks to publish <paramref name="next"/> (after validation).</summary>
    /// <param name="next">The new value; returning the current value itself publishes nothing.</param>
    /// <returns>A commit decision.</returns>
    public static Change<T> To(T next) => new(next, UpdateStatus.Published, null);

    /// <summary>Aborts the update: nothing is published and <paramref name="reason"/> is reported.</summary>
    /// <param name="reason">What is wrong, for the caller.</param>
    /// <returns>An abort decision.</returns>
    public static Change<T> Abort(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(default!, UpdateStatus.Aborted, reason);
    }

    internal static Change<T> Conflict(string reason) => new(default!, UpdateStatus.VersionConflict, reason);

    /// <summary>Keeps the current snapshot: nothing is published and the result is <see cref="UpdateStatus.Unchanged"/>.</summary>
    internal static Change<T> Keep() => new(default!, UpdateStatus.Unchanged, null);

    /// <inheritdoc/>
    public bool Equals(Change<T> other) =>
        Status == other.Status && Reason == other.Reason && EqualityComparer<T>.Default.Equals(Next, other.Next);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Change<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Reason, Next);

    /// <summary>Compares two decisions for equality.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when both are equal.</returns>
    public static bool operator ==(Change<T> left, Change<T> right) => left.Equals(right);

    /// <summary>Compares two decisions for inequality.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Change<T> left, Change<T> right) => !left.Equals(right);
}

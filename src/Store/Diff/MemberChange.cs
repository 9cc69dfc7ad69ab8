namespace Lab.CowStore;

/// <summary>One difference found by <see cref="SnapshotDiff"/>.</summary>
/// <param name="Path">Where: members joined by '.', list indexes and dictionary keys in brackets, e.g. <c>Limits.MaxRetries</c>, <c>Hosts[2]</c>, <c>Features[beta]</c>; empty for the root.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Before">The older value (null when added).</param>
/// <param name="After">The newer value (null when removed).</param>
public sealed record MemberChange(string Path, ChangeKind Kind, object? Before, object? After)
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ChangeKind.Added => $"+ {Path} = {After}",
        ChangeKind.Removed => $"- {Path} (was {Before})",
        _ => $"~ {Path}: {Before} -> {After}",
    };
}

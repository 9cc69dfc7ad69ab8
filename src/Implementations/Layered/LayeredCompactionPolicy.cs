namespace Lab.Maps;

/// <summary>
/// When a <see cref="LayeredMap{TKey, TValue}"/> merges its override layer into a new frozen base:
/// after a write leaves the override holding more than <see cref="MinOverrideEntries"/> entries
/// and more than <see cref="MaxOverrideFraction"/> times the base's entry count (tombstones count).
/// </summary>
/// <remarks>
/// <para>
/// The fraction trades three costs. Every write copies the override, so a write costs up to
/// <c>fraction x n</c> entries copied (half that on average). A compaction copies all <c>n</c>
/// entries into a new frozen dictionary, once per <c>fraction x n</c> writes: amortized
/// <c>1 / fraction</c> entries per write (times the frozen build's constant, a few times a
/// dictionary clone), paid in one go by the writer that crosses the threshold. While the override
/// is not empty every read that misses it pays one extra small-dictionary probe before the base.
/// </para>
/// <para>
/// The default, 1/32, keeps the override under about 3% of the entries on maps above
/// 32 x <see cref="DefaultMinOverrideEntries"/> entries, inside the range where the design target
/// (a layered read at most 1.3x a base read while the override holds under 5%) is stated, and
/// makes a write cost about n/64 entries copied on average plus 32 amortized: against n for a
/// whole-dictionary copy-on-write. The minimum keeps tiny maps from compacting on every write.
/// </para>
/// </remarks>
public sealed class LayeredCompactionPolicy
{
    /// <summary>The default <see cref="MaxOverrideFraction"/>: 1/32.</summary>
    public const double DefaultMaxOverrideFraction = 1.0 / 32;

    /// <summary>The default <see cref="MinOverrideEntries"/>.</summary>
    public const int DefaultMinOverrideEntries = 32;

    /// <summary>Creates a policy.</summary>
    /// <param name="maxOverrideFraction">Largest override size as a fraction of the base's entry count; 0 or more.</param>
    /// <param name="minOverrideEntries">Override size below which no automatic compaction runs; 0 or more.
    /// <see cref="int.MaxValue"/> turns automatic compaction off.</param>
    public LayeredCompactionPolicy(
        double maxOverrideFraction = DefaultMaxOverrideFraction,
        int minOverrideEntries = DefaultMinOverrideEntries)
    {
        if (double.IsNaN(maxOverrideFraction) || maxOverrideFraction < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxOverrideFraction), maxOverrideFraction, "The override fraction must be a number of 0 or more.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minOverrideEntries);
        MaxOverrideFraction = maxOverrideFraction;
        MinOverrideEntries = minOverrideEntries;
    }

    /// <summary>The default policy.</summary>
    public static LayeredCompactionPolicy Default { get; } = new();

    /// <summary>A policy that never compacts automatically: only <see cref="LayeredMap{TKey, TValue}.Compact"/> does.</summary>
    public static LayeredCompactionPolicy Manual { get; } = new(minOverrideEntries: int.MaxValue);

    /// <summary>Largest override size, as a fraction of the base's entry count, before a compaction.</summary>
    public double MaxOverrideFraction { get; }

    /// <summary>Override size at or below which no automatic compaction runs.</summary>
    public int MinOverrideEntries { get; }

    /// <summary>True when an override of <paramref name="overrideCount"/> entries over a base of <paramref name="baseCount"/> should be compacted.</summary>
    internal bool ShouldCompact(int overrideCount, int baseCount)
        => overrideCount > MinOverrideEntries && overrideCount > MaxOverrideFraction * baseCount;
}

using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// An immutable read-optimized base (<see cref="FrozenDictionary{TKey, TValue}"/>) plus a small
/// copy-on-write override layer with tombstones, compacted into a new base by policy. Base,
/// override and count are published together as one immutable state through one reference.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b>: one <see cref="Volatile.Read{T}(ref readonly T)"/> of the state; when the override
/// is empty (after every compaction) one frozen lookup, otherwise an override probe first (a
/// tombstone hides the base's entry) and the frozen lookup on a miss. No lock, no allocation.
/// </para>
/// <para>
/// <b>Writes</b> are serialized by one lock; each copies only the override (O(override)), applies
/// the write to the copy and publishes a new state with <see cref="Volatile.Write{T}(ref T, T)"/>.
/// When the override outgrows the <see cref="LayeredCompactionPolicy"/>, the same write merges it
/// into a new frozen base before publishing (O(n), paid by that writer; amortized cost in the
/// policy's comment). A write is visible to every read that starts after it returns; a write that
/// changes nothing publishes nothing. <see cref="Count"/> is exact: it is kept in the state.
/// </para>
/// <para>
/// <b>Batches</b> are one override copy and one publish: atomic. <b>Snapshots</b> are O(1): the
/// published state itself, read-only.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class LayeredMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IMapCostCounters
    where TKey : notnull
{
    private readonly Lock writeLock = new();
    private readonly CostCounterSet counters = new();
    private readonly IEqualityComparer<TKey> comparer;
    private readonly LayeredCompactionPolicy policy;

    // Shared by every state with an empty override; never mutated.
    private readonly Dictionary<TKey, OverrideEntry<TValue>> emptyOverrides;
    private LayeredState<TKey, TValue> state;

    /// <summary>Creates a map whose initial contents form the first frozen base.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    /// <param name="policy">When to compact automatically, or <see langword="null"/> for <see cref="LayeredCompactionPolicy.Default"/>.</param>
    public LayeredMap(
        IEnumerable<KeyValuePair<TKey, TValue>>? initial = null,
        IEqualityComparer<TKey>? comparer = null,
        LayeredCompactionPolicy? policy = null)
    {
        var entries = DictionaryCopy.From(initial, comparer);
        this.comparer = entries.Comparer;
        this.policy = policy ?? LayeredCompactionPolicy.Default;
        emptyOverrides = new Dictionary<TKey, OverrideEntry<TValue>>(this.comparer);
        state = new LayeredState<TKey, TValue>(entries.ToFrozenDictionary(this.comparer), emptyOverrides, entries.Count);
    }

    /// <summary>The compaction policy.</summary>
    public LayeredCompactionPolicy Policy => policy;

    /// <summary>Entries in the published override layer, tombstones included.</summary>
    public int OverrideCount => Volatile.Read(ref state).Overrides.Count;

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => comparer;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref state).Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
        => Volatile.Read(ref state).TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        var write = MapWrite<TKey, TValue>.Set(key, value);
        Publish(new ReadOnlySpan<MapWrite<TKey, TValue>>(in write));
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        var write = MapWrite<TKey, TValue>.Remove(key);
        return Publish(new ReadOnlySpan<MapWrite<TKey, TValue>>(in write));
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        Publish(writes);
    }

    /// <summary>
    /// Merges the override layer into a new frozen base and publishes it with an empty override,
    /// so reads take the one-lookup fast path. O(n); does nothing when the override is empty.
    /// Contents and <see cref="Count"/> are unchanged; readers see the same contents throughout.
    /// </summary>
    public void Compact()
    {
        lock (writeLock)
        {
            var current = state;
            if (current.Overrides.Count != 0)
            {
                Volatile.Write(ref state, Compacted(current));
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => Volatile.Read(ref state);

    /// <inheritdoc />
    public MapCostCounters ReadCounters() => counters.Read();

    // Returns false, publishing nothing, when every write is a no-op against the current state
    // (for one write: true exactly when it changed the contents, as Remove reports).
    private bool Publish(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        lock (writeLock)
        {
            var current = state;
            if (DictionaryCopy.WouldNotChange(current, writes))
            {
                return false;
            }

            counters.AddCopy(current.Overrides.Count);
            var overrides = DictionaryCopy.Clone(current.Overrides);
            var count = current.Count;
            foreach (ref readonly var write in writes)
            {
                Apply(overrides, current.Base, write, ref count);
            }

            var next = new LayeredState<TKey, TValue>(current.Base, overrides, count);
            Volatile.Write(ref state, policy.ShouldCompact(overrides.Count, current.Base.Count) ? Compacted(next) : next);
            return true;
        }
    }

    // Applies one write to an override nobody else can see yet, keeping the state's invariant:
    // an override entry exists only where the contents differ from the base.
    private static void Apply(
        Dictionary<TKey, OverrideEntry<TValue>> overrides,
        FrozenDictionary<TKey, TValue> @base,
        in MapWrite<TKey, TValue> write,
        ref int count)
    {
        var inBase = @base.TryGetValue(write.Key, out var baseValue);
        var wasPresent = overrides.TryGetValue(write.Key, out var entry) ? !entry.IsRemoved : inBase;
        if (write.Kind == MapWriteKind.Remove)
        {
            if (!wasPresent)
            {
                return;
            }

            if (inBase)
            {
                overrides[write.Key] = OverrideEntry<TValue>.Removed;
            }
            else
            {
                overrides.Remove(write.Key);
            }

            count--;
            return;
        }

        if (inBase && EqualityComparer<TValue>.Default.Equals(baseValue, write.Value))
        {
            overrides.Remove(write.Key);
        }
        else
        {
            overrides[write.Key] = OverrideEntry<TValue>.Live(write.Value);
        }

        if (!wasPresent)
        {
            count++;
        }
    }

    // The same contents with the override merged into a new frozen base. O(n).
    private LayeredState<TKey, TValue> Compacted(LayeredState<TKey, TValue> current)
    {
        var entries = new Dictionary<TKey, TValue>(current.Count, comparer);
        foreach (var pair in current)
        {
            entries.Add(pair.Key, pair.Value);
        }

        counters.AddCompaction(entries.Count);
        return new LayeredState<TKey, TValue>(entries.ToFrozenDictionary(comparer), emptyOverrides, entries.Count);
    }
}

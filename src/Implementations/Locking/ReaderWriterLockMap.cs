using System.Diagnostics.CodeAnalysis;

namespace Lab.Maps;

/// <summary>
/// A <see cref="Dictionary{TKey, TValue}"/> behind a <see cref="ReaderWriterLockSlim"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reads</b> take the read lock (two interlocked operations on one shared lock word, about
/// 40 ns uncontended, and a cache line every reader thread writes). <b>Writes</b> take the write
/// lock and change the dictionary in place: O(1), no copy, and they wait for every reader to leave.
/// A write is visible to every read that starts after it returns.
/// </para>
/// <para>
/// <b>Batches</b> run under one write lock: atomic. A batch is also all or nothing under failure:
/// when the comparer throws for one of its keys, the writes already applied are undone before the
/// write lock is released (an undo log of the batch's changes, pooled). <b>Snapshots</b> copy the whole dictionary
/// under the read lock: O(n). <see cref="Count"/> is exact.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class ReaderWriterLockMap<TKey, TValue> : IConcurrentMap<TKey, TValue>, IDisposable
    where TKey : notnull
{
    private readonly ReaderWriterLockSlim rwLock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<TKey, TValue> entries;

    /// <summary>Creates a map.</summary>
    /// <param name="initial">Initial contents, or <see langword="null"/>.</param>
    /// <param name="comparer">Key comparer, or <see langword="null"/> for the default.</param>
    public ReaderWriterLockMap(IEnumerable<KeyValuePair<TKey, TValue>>? initial = null, IEqualityComparer<TKey>? comparer = null)
        => entries = DictionaryCopy.From(initial, comparer);

    /// <inheritdoc />
    public IEqualityComparer<TKey> Comparer => entries.Comparer;

    /// <inheritdoc />
    public int Count
    {
        get
        {
            rwLock.EnterReadLock();
            try
            {
                return entries.Count;
            }
            finally
            {
                rwLock.ExitReadLock();
            }
        }
    }

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        KeyGuard.NotNull(key);
        rwLock.EnterReadLock();
        try
        {
            return entries.TryGetValue(key, out value);
        }
        finally
        {
            rwLock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        KeyGuard.NotNull(key);
        rwLock.EnterWriteLock();
        try
        {
            entries[key] = value;
        }
        finally
        {
            rwLock.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        KeyGuard.NotNull(key);
        rwLock.EnterWriteLock();
        try
        {
            return entries.Remove(key);
        }
        finally
        {
            rwLock.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public void ApplyBatch(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
    {
        KeyGuard.NotNull(writes);
        rwLock.EnterWriteLock();
        try
        {
            InPlaceBatch.Apply(entries, writes);
        }
        finally
        {
            rwLock.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<TKey, TValue> Snapshot()
    {
        rwLock.EnterReadLock();
        try
        {
            return DictionaryCopy.AsSnapshot(DictionaryCopy.Clone(entries));
        }
        finally
        {
            rwLock.ExitReadLock();
        }
    }

    /// <summary>Releases the lock's wait handles.</summary>
    public void Dispose() => rwLock.Dispose();
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lab.Maps;

/// <summary>
/// Applies a batch in place to a dictionary only its caller can change (under a write lock, or
/// single-threaded), all or nothing: when the key comparer throws for one write, the writes already
/// applied are undone, newest first, before the exception reaches the caller.
/// </summary>
/// <remarks>
/// Each write is one comparer pass (a lookup that inserts, or a remove) that either completes or
/// throws having changed nothing, and records what its key held before. Undoing replays those
/// records in reverse, so the dictionary ends with exactly its previous contents, assuming the
/// comparer is deterministic (it already accepted every key it is asked about again). The undo log
/// is pooled: a batch leaves no garbage.
/// </remarks>
internal static class InPlaceBatch
{
    /// <summary>Applies <paramref name="writes"/> in order, or, when one throws, none of them.</summary>
    public static void Apply<TKey, TValue>(Dictionary<TKey, TValue> target, ReadOnlySpan<MapWrite<TKey, TValue>> writes)
        where TKey : notnull
    {
        if (writes.IsEmpty)
        {
            return;
        }

        if (writes.Length == 1)
        {
            // One write needs no undo log: a dictionary write that throws has changed nothing.
            ApplyOne(target, writes[0]);
            return;
        }

        var undo = ArrayPool<Prior<TKey, TValue>>.Shared.Rent(writes.Length);
        var recorded = 0;
        try
        {
            foreach (ref readonly var write in writes)
            {
                if (write.Kind == MapWriteKind.Remove)
                {
                    if (target.Remove(write.Key, out var removed))
                    {
                        undo[recorded++] = new Prior<TKey, TValue>(write.Key, true, removed);
                    }
                }
                else
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(target, write.Key, out var existed);
                    undo[recorded++] = new Prior<TKey, TValue>(write.Key, existed, slot!);
                    slot = write.Value;
                }
            }
        }
        catch
        {
            Undo(target, undo.AsSpan(0, recorded));
            throw;
        }
        finally
        {
            ArrayPool<Prior<TKey, TValue>>.Shared.Return(undo, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<Prior<TKey, TValue>>());
        }
    }

    private static void ApplyOne<TKey, TValue>(Dictionary<TKey, TValue> target, in MapWrite<TKey, TValue> write)
        where TKey : notnull
    {
        if (write.Kind == MapWriteKind.Remove)
        {
            target.Remove(write.Key);
        }
        else
        {
            target[write.Key] = write.Value;
        }
    }

    private static void Undo<TKey, TValue>(Dictionary<TKey, TValue> target, ReadOnlySpan<Prior<TKey, TValue>> undo)
        where TKey : notnull
    {
        for (var i = undo.Length - 1; i >= 0; i--)
        {
            ref readonly var prior = ref undo[i];
            if (prior.Existed)
            {
                target[prior.Key] = prior.Value;
            }
            else
            {
                target.Remove(prior.Key);
            }
        }
    }

    /// <summary>What a key held before a write changed it.</summary>
    private readonly record struct Prior<TKey, TValue>(TKey Key, bool Existed, TValue Value);
}

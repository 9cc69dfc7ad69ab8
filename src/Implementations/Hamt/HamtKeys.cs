using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>
/// Key hashing and equality for the trie, with <see cref="Dictionary{TKey, TValue}"/>'s fast path:
/// for a value-type key with the default comparer the comparer is stored as <see langword="null"/>
/// and the JIT devirtualizes and inlines <see cref="EqualityComparer{T}.Default"/>.
/// </summary>
/// <remarks>
/// The hash is the comparer's hash code as is, not mixed: the trie consumes all 32 bits, so a
/// bijective mix could not remove a single full-hash collision, and sequential integer keys (the
/// common case) already spread perfectly over the low bits that pick the first levels. A poor hash
/// makes paths deeper, never results wrong.
/// </remarks>
internal static class HamtKeys
{
    /// <summary>The comparer to store: <see langword="null"/> for a value-type key's default comparer.</summary>
    public static IEqualityComparer<TKey>? Normalize<TKey>(IEqualityComparer<TKey>? comparer)
    {
        if (typeof(TKey).IsValueType)
        {
            return comparer is null || ReferenceEquals(comparer, EqualityComparer<TKey>.Default) ? null : comparer;
        }

        return comparer ?? EqualityComparer<TKey>.Default;
    }

    /// <summary>The public comparer for a stored one.</summary>
    public static IEqualityComparer<TKey> Expose<TKey>(IEqualityComparer<TKey>? stored)
        => stored ?? EqualityComparer<TKey>.Default;

    /// <summary>The hash of <paramref name="key"/> under the stored comparer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash<TKey>(IEqualityComparer<TKey>? comparer, TKey key)
        where TKey : notnull
    {
        if (typeof(TKey).IsValueType && comparer is null)
        {
            return (uint)key.GetHashCode();
        }

        return (uint)comparer!.GetHashCode(key);
    }

    /// <summary>Whether two keys are equal under the stored comparer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal<TKey>(IEqualityComparer<TKey>? comparer, TKey left, TKey right)
        where TKey : notnull
    {
        if (typeof(TKey).IsValueType && comparer is null)
        {
            return EqualityComparer<TKey>.Default.Equals(left, right);
        }

        return comparer!.Equals(left, right);
    }
}

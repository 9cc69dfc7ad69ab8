using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Lab.Maps;

/// <summary>The null-key check every map makes, without boxing value-type keys.</summary>
internal static class KeyGuard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="key"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NotNull<TKey>([NotNull] TKey key, [CallerArgumentExpression(nameof(key))] string? name = null)
    {
        // For non-nullable value types the JIT folds this test away.
        if (key is null)
        {
            Throw(name);
        }
    }

    [DoesNotReturn]
    private static void Throw(string? name) => throw new ArgumentNullException(name);

    /// <summary>Checks every key of a batch before any of it is applied, so a bad batch changes nothing.</summary>
    public static void NotNull<TKey, TValue>(ReadOnlySpan<MapWrite<TKey, TValue>> writes)
        where TKey : notnull
    {
        foreach (ref readonly var write in writes)
        {
            NotNull(write.Key, nameof(writes));
        }
    }
}

namespace Lab.Maps;

/// <summary>
/// The lock-free publish loop of <see cref="System.Collections.Immutable.ImmutableInterlocked"/>'s
/// <c>Update</c>, with its attempts and retries counted: read the published state, build the next
/// with a pure transform, compare-and-swap, and on a lost race retry from the state the CAS returned.
/// </summary>
/// <remarks>
/// The transform may run several times and must not mutate its input. ABA is not a hazard: states
/// are never pooled or republished, so a reference seen twice is the same unchanged state.
/// </remarks>
internal static class CasLoop
{
    /// <summary>Publishes <c>transform(current, arg)</c> into <paramref name="location"/>.</summary>
    /// <returns>
    /// True when a new state was published; false when the transform returned its input unchanged
    /// (by reference), in which case nothing is published.
    /// </returns>
    public static bool Update<TState, TArg>(
        ref TState location,
        Func<TState, TArg, TState> transform,
        TArg arg,
        CostCounterSet counters)
        where TState : class
    {
        var current = Volatile.Read(ref location);
        while (true)
        {
            var next = transform(current, arg);
            if (ReferenceEquals(next, current))
            {
                return false;
            }

            var seen = Interlocked.CompareExchange(ref location, next, current);
            var lost = !ReferenceEquals(seen, current);
            counters.AddCasAttempt(lost);
            if (!lost)
            {
                return true;
            }

            current = seen;
        }
    }
}

namespace Lab.Implementations.Tests.Linearizability;

/// <summary>
/// Wing and Gong's linearizability check for get/set/remove histories of a map: search for a
/// sequential order that respects real time (an operation that returned before another was
/// called comes first) and in which every result matches a plain map.
/// </summary>
/// <remarks>
/// <para>
/// Linearizability is local (Herlihy and Wing): a history is linearizable exactly when the
/// sub-history of each key is, so each key is checked on its own.
/// </para>
/// <para>
/// A thread's operations are sequential, so the operations already placed in a partial order are
/// always a prefix of each thread's list: a search state is one progress count per thread plus
/// the key's state. Failed states are memoized, so long histories with little overlap are
/// checked in about linear time.
/// </para>
/// </remarks>
public static class LinearizabilityChecker
{
    /// <summary>Threads the search supports (progress counts are packed into one long).</summary>
    public const int MaxThreads = 4;

    /// <summary>Operations per thread and key the search supports.</summary>
    public const int MaxOperationsPerThreadAndKey = ushort.MaxValue;

    /// <summary>
    /// The first key whose sub-history has no valid sequential order, with that sub-history;
    /// <see langword="null"/> when the whole history is linearizable.
    /// </summary>
    /// <param name="history">Every completed operation; thread ids from 0 to <see cref="MaxThreads"/> - 1.</param>
    /// <param name="initial">The map's contents before the first operation.</param>
    public static string? FindViolation(IReadOnlyList<HistoryEvent> history, IReadOnlyDictionary<int, int> initial)
    {
        foreach (var perKey in history.GroupBy(operation => operation.Key))
        {
            var byThread = new HistoryEvent[MaxThreads][];
            for (var thread = 0; thread < MaxThreads; thread++)
            {
                byThread[thread] = [.. perKey.Where(operation => operation.Thread == thread).OrderBy(operation => operation.Call)];
                if (byThread[thread].Length > MaxOperationsPerThreadAndKey)
                {
                    throw new ArgumentException($"Thread {thread} has too many operations on key {perKey.Key}.", nameof(history));
                }
            }

            if (perKey.Any(operation => operation.Thread is < 0 or >= MaxThreads))
            {
                throw new ArgumentException($"Thread ids must be from 0 to {MaxThreads - 1}.", nameof(history));
            }

            var start = initial.TryGetValue(perKey.Key, out var value) ? new KeyState(true, value) : new KeyState(false, 0);
            if (!new Search(byThread).Linearizes(start))
            {
                var initially = start.Present ? start.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing";
                return $"key {perKey.Key} (initially {initially}) has no valid sequential order:{Environment.NewLine}  "
                       + string.Join(Environment.NewLine + "  ", perKey.OrderBy(operation => operation.Call));
            }
        }

        return null;
    }

    private readonly record struct KeyState(bool Present, int Value);

    private sealed class Search(HistoryEvent[][] byThread)
    {
        private readonly int[] progress = new int[MaxThreads];
        private readonly HashSet<(long Progress, KeyState State)> failed = [];

        // Iterative depth-first search: histories can be thousands of operations deep.
        public bool Linearizes(KeyState start)
        {
            var path = new Stack<(int Thread, KeyState Before)>();
            var state = start;
            var nextThread = 0;
            while (true)
            {
                if (IsComplete())
                {
                    return true;
                }

                var moved = false;
                if (!failed.Contains((Packed(), state)))
                {
                    var earliestReturn = EarliestPendingReturn();
                    for (var thread = nextThread; thread < MaxThreads; thread++)
                    {
                        if (progress[thread] == byThread[thread].Length)
                        {
                            continue;
                        }

                        // It may go next only if no pending operation returned before it was called.
                        var operation = byThread[thread][progress[thread]];
                        if (operation.Call > earliestReturn || !TryApply(operation, state, out var after))
                        {
                            continue;
                        }

                        path.Push((thread, state));
                        progress[thread]++;
                        state = after;
                        nextThread = 0;
                        moved = true;
                        break;
                    }
                }

                if (moved)
                {
                    continue;
                }

                // Dead end: remember it, undo the last step and try the next thread there.
                failed.Add((Packed(), state));
                if (path.Count == 0)
                {
                    return false;
                }

                var (lastThread, before) = path.Pop();
                progress[lastThread]--;
                state = before;
                nextThread = lastThread + 1;
            }
        }

        private bool IsComplete()
        {
            for (var thread = 0; thread < MaxThreads; thread++)
            {
                if (progress[thread] < byThread[thread].Length)
                {
                    return false;
                }
            }

            return true;
        }

        private long EarliestPendingReturn()
        {
            var earliest = long.MaxValue;
            for (var thread = 0; thread < MaxThreads; thread++)
            {
                if (progress[thread] < byThread[thread].Length)
                {
                    earliest = Math.Min(earliest, byThread[thread][progress[thread]].Return);
                }
            }

            return earliest;
        }

        private long Packed()
        {
            long packed = 0;
            for (var thread = 0; thread < MaxThreads; thread++)
            {
                packed = (packed << 16) | (uint)progress[thread];
            }

            return packed;
        }

        // Applies the operation to a plain map holding `state`; false when its recorded result disagrees.
        private static bool TryApply(in HistoryEvent operation, KeyState state, out KeyState next)
        {
            switch (operation.Kind)
            {
                case HistoryOperationKind.Get:
                    next = state;
                    return operation.Found == state.Present && (!state.Present || operation.Result == state.Value);
                case HistoryOperationKind.Set:
                    next = new KeyState(true, operation.Argument);
                    return true;
                default:
                    next = new KeyState(false, 0);
                    return operation.Found == state.Present;
            }
        }
    }
}

using Lab.Implementations.Tests.Support;
using Lab.Maps;

namespace Lab.Implementations.Tests.Linearizability;

/// <summary>
/// Runs many concurrent histories of get/set/remove on a few keys, so operations conflict,
/// records every call and return, and checks each history with <see cref="LinearizabilityChecker"/>.
/// </summary>
/// <remarks>
/// <para>
/// Programs are generated from fixed seeds, so every run checks the same programs; only the
/// interleavings differ. Each thread's program holds at least one set of a fresh value, so every
/// thread makes at least one write that changes the map. After each history one final get per key
/// is recorded, so a lost write that nobody read during the run still shows.
/// </para>
/// <para>
/// The worker threads live for the whole run and meet at a barrier before and after each history
/// (a fresh map each time), so no thread start-up sits between them and the map.
/// </para>
/// </remarks>
public static class HistoryRunner
{
    public const int Threads = 3;
    public const int OperationsPerThread = 150;
    public const int Keys = 3;
    public const int DefaultHistories = 200;

    // Untouched entries besides the tested keys: they make every copy-on-write write copy a real
    // map, so writes take long enough to meet other operations even when the threads share a core.
    public const int FillerCount = 1_000;

    // Spin iterations before an operation, drawn per operation: shifts the threads against each
    // other so that different operations meet in different histories.
    private const int maxJitter = 200;

    /// <summary>Runs <paramref name="histories"/> histories, each on a fresh map, and collects every violation.</summary>
    /// <param name="factory">Makes a map holding the given initial contents (not written: loaded at construction).</param>
    /// <param name="histories">How many histories to run.</param>
    /// <param name="seed">Seed of the first history's programs; history h uses seed + h.</param>
    public static Violations Run(
        Func<IEnumerable<KeyValuePair<int, int>>, IConcurrentMap<int, int>> factory,
        int histories = DefaultHistories,
        int seed = 20_261_127)
    {
        var violations = new Violations();
        var plans = Enumerable.Range(seed, histories).Select(HistoryPlan.Create).ToArray();
        var recorded = new List<HistoryEvent>[Threads];
        IConcurrentMap<int, int>? map = null;
        long clock = 0;
        using var phase = new Barrier(Threads + 1);

        var workers = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
        {
            foreach (var plan in plans)
            {
                phase.SignalAndWait(); // history starts
                try
                {
                    foreach (var step in plan.Programs[thread])
                    {
                        Thread.SpinWait(step.Jitter);
                        recorded[thread].Add(Execute(map!, thread, step, ref clock));
                    }
                }
                catch (Exception exception)
                {
                    violations.Add($"seed {plan.Seed}: thread {thread} threw {exception}");
                }

                phase.SignalAndWait(); // history ends
            }
        })
        { IsBackground = true }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var plan in plans)
        {
            map = factory(Fillers.Concat(plan.Initial));
            clock = 0;

            for (var thread = 0; thread < Threads; thread++)
            {
                recorded[thread] = new List<HistoryEvent>(OperationsPerThread);
            }

            phase.SignalAndWait();
            phase.SignalAndWait();

            var history = recorded.SelectMany(events => events).ToList();
            for (var key = 0; key < Keys; key++)
            {
                history.Add(Execute(map, Threads, new Step(HistoryOperationKind.Get, key, 0, 0), ref clock));
            }

            if (LinearizabilityChecker.FindViolation(history, plan.Initial) is { } found)
            {
                violations.Add($"seed {plan.Seed}: {found}");
            }
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        return violations;
    }

    private static KeyValuePair<int, int>[] Fillers { get; } = [.. Enumerable.Range(Keys, FillerCount).Select(key => new KeyValuePair<int, int>(key, key))];

    private static HistoryEvent Execute(IConcurrentMap<int, int> map, int thread, Step step, ref long clock)
    {
        var call = Interlocked.Increment(ref clock);
        var found = false;
        var result = 0;
        switch (step.Kind)
        {
            case HistoryOperationKind.Get:
                found = map.TryGetValue(step.Key, out result);
                break;
            case HistoryOperationKind.Set:
                map.Set(step.Key, step.Value);
                break;
            default:
                found = map.Remove(step.Key);
                break;
        }

        var returned = Interlocked.Increment(ref clock);
        return new HistoryEvent(thread, step.Kind, step.Key, step.Value, found, result, call, returned);
    }

    private readonly record struct Step(HistoryOperationKind Kind, int Key, int Value, int Jitter);

    // The deterministic part of one history: initial contents and each thread's program.
    private sealed record HistoryPlan(int Seed, Dictionary<int, int> Initial, Step[][] Programs)
    {
        public static HistoryPlan Create(int seed)
        {
            var random = new Random(seed);
            var initial = new Dictionary<int, int>();
            for (var key = 0; key < Keys; key++)
            {
                if (random.Next(2) == 0)
                {
                    initial[key] = -1 - key;
                }
            }

            var programs = new Step[Threads][];
            for (var thread = 0; thread < Threads; thread++)
            {
                programs[thread] = new Step[OperationsPerThread];
                for (var i = 0; i < OperationsPerThread; i++)
                {
                    var roll = random.Next(10);
                    var kind = roll < 4 ? HistoryOperationKind.Get : roll < 8 ? HistoryOperationKind.Set : HistoryOperationKind.Remove;
                    programs[thread][i] = new Step(kind, random.Next(Keys), FreshValue(thread, i), random.Next(maxJitter));
                }

                if (!programs[thread].Any(step => step.Kind == HistoryOperationKind.Set))
                {
                    programs[thread][0] = programs[thread][0] with { Kind = HistoryOperationKind.Set };
                }
            }

            return new HistoryPlan(seed, initial, programs);
        }

        // Unique per (thread, index): a set always changes the map and a read names its writer.
        private static int FreshValue(int thread, int index) => ((thread + 1) * 100_000) + index;
    }
}

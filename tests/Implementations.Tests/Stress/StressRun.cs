using Lab.Implementations.Tests.Support;
using Lab.Maps;

namespace Lab.Implementations.Tests.Stress;

/// <summary>
/// Curriculum task 5: 100 readers and 10 writers on one map, bounded by operation count. Writers
/// own disjoint keys and only ever raise their values, so every violation is unambiguous.
/// </summary>
/// <remarks>
/// <para>Writer <c>w</c> owns <see cref="SinglesPerWriter"/> single keys (written by <c>Set</c>),
/// a group of <see cref="GroupSize"/> keys (written only by <c>ApplyBatch</c>, one value for the
/// whole group) and one scratch key (set, then removed). In round <c>r</c> it writes <c>r</c>
/// everywhere and reads each write back: being the only writer of its keys, it must see its own
/// write (a dropped write is caught right there, not only if it is the last one).</para>
/// <para>Readers run while writers run: at least <see cref="MinReaderOperations"/> operations, and
/// at most <see cref="MaxReaderOperationsAfterWarmUp"/> once every writer has finished its first
/// round, so the run is bounded by operation count yet readers are still reading whenever a
/// writer is stuck in its first round (where the bug zoo's forced races sit). They check that
/// no key's value ever goes down or disappears, that each snapshot enumerates without exception,
/// yields each key once, has a <c>Count</c> equal to what it enumerates and lookups that agree
/// with its enumeration, and, where the map promises atomic batches, that each group is seen
/// all-or-nothing with one value. At the end the contents must be exactly the union of the
/// writers' last writes.</para>
/// </remarks>
public static class StressRun
{
    public const int Writers = 10;
    public const int Readers = 100;
    public const int Rounds = 100;
    public const int SinglesPerWriter = 4;
    public const int GroupSize = 4;
    public const int MinReaderOperations = 200;
    public const int MaxReaderOperationsAfterWarmUp = 2_000;

    // One snapshot check every this many reader operations; the others are single-key reads.
    private const int snapshotEvery = 8;
    private const int keysPerWriter = SinglesPerWriter + GroupSize + 1;
    private const int allKeys = Writers * keysPerWriter;

    /// <summary>Runs the stress scenario on a fresh map and returns what it saw go wrong.</summary>
    /// <param name="factory">Makes the (empty) map.</param>
    /// <param name="atomicBatch">Whether the map promises that no reader sees part of a batch.</param>
    public static Violations Run(Func<IConcurrentMap<int, int>> factory, bool atomicBatch)
    {
        var map = factory();
        var violations = new Violations();
        var progress = new WriterProgress();
        using var start = new Barrier(Writers + Readers);

        var threads = new List<Thread>(Writers + Readers);
        for (var w = 0; w < Writers; w++)
        {
            var writer = w;
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                Guarded(violations, $"writer {writer}", () => Write(map, writer, progress, violations));
                progress.Finished();
            }));
        }

        for (var r = 0; r < Readers; r++)
        {
            var reader = r;
            threads.Add(new Thread(() =>
            {
                start.SignalAndWait();
                Guarded(violations, $"reader {reader}", () => Read(map, reader, atomicBatch, progress, violations));
            }));
        }

        foreach (var thread in threads)
        {
            thread.IsBackground = true;
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        CheckFinalContents(map, violations);
        return violations;
    }

    private static int Single(int writer, int index) => (writer * keysPerWriter) + index;

    private static int Grouped(int writer, int index) => (writer * keysPerWriter) + SinglesPerWriter + index;

    private static int Scratch(int writer) => (writer * keysPerWriter) + keysPerWriter - 1;

    private static bool IsScratch(int key) => key % keysPerWriter == keysPerWriter - 1;

    private static void Write(IConcurrentMap<int, int> map, int writer, WriterProgress progress, Violations violations)
    {
        var group = new MapWrite<int, int>[GroupSize];
        for (var round = 1; round <= Rounds; round++)
        {
            for (var i = 0; i < SinglesPerWriter; i++)
            {
                map.Set(Single(writer, i), round);
                ExpectOwnWrite(map, Single(writer, i), round, violations, "Set");
            }

            for (var i = 0; i < GroupSize; i++)
            {
                group[i] = MapWrite<int, int>.Set(Grouped(writer, i), round);
            }

            map.ApplyBatch(group);
            for (var i = 0; i < GroupSize; i++)
            {
                ExpectOwnWrite(map, Grouped(writer, i), round, violations, "ApplyBatch");
            }

            var scratch = Scratch(writer);
            map.Set(scratch, round);
            if (!map.Remove(scratch))
            {
                violations.Add($"writer {writer}: Remove({scratch}) right after its own Set returned false (the set was lost)");
            }

            if (map.TryGetValue(scratch, out var left))
            {
                violations.Add($"writer {writer}: key {scratch} still reads {left} after its own Remove");
            }

            if (round == 1)
            {
                progress.FirstRoundDone();
            }
        }
    }

    private static void ExpectOwnWrite(IConcurrentMap<int, int> map, int key, int value, Violations violations, string how)
    {
        if (!map.TryGetValue(key, out var seen) || seen != value)
        {
            violations.Add($"{how} of key {key} to {value} was lost: its only writer then read {(map.TryGetValue(key, out var now) ? now : "nothing")}");
        }
    }

    private static void Read(IConcurrentMap<int, int> map, int reader, bool atomicBatch, WriterProgress progress, Violations violations)
    {
        var random = new Random(reader);
        var lastSeen = new int[allKeys]; // 0: never seen present; values written start at 1
        var afterWarmUp = 0;
        for (var i = 0; ; i++)
        {
            if (i >= MinReaderOperations
                && (!progress.AnyRunning || (progress.AllPastFirstRound && ++afterWarmUp > MaxReaderOperationsAfterWarmUp)))
            {
                return;
            }

            if (i % snapshotEvery == 0)
            {
                CheckSnapshot(map.Snapshot(), lastSeen, atomicBatch, violations);
                var count = map.Count;
                if (count < 0 || count > allKeys)
                {
                    violations.Add($"Count read {count}; the map never holds more than {allKeys} keys");
                }
            }
            else
            {
                var key = random.Next(allKeys);
                if (!IsScratch(key))
                {
                    var found = map.TryGetValue(key, out var value);
                    CheckNeverDecreases(key, found, value, lastSeen, violations, "TryGetValue");
                }
            }
        }
    }

    private static void CheckSnapshot(IReadOnlyDictionary<int, int> snapshot, int[] lastSeen, bool atomicBatch, Violations violations)
    {
        var enumerated = new Dictionary<int, int>();
        foreach (var (key, value) in snapshot)
        {
            if (!enumerated.TryAdd(key, value))
            {
                violations.Add($"a snapshot enumerated key {key} twice");
            }
        }

        if (snapshot.Count != enumerated.Count)
        {
            violations.Add($"a snapshot's Count is {snapshot.Count} but it enumerates {enumerated.Count} entries");
        }

        for (var key = 0; key < allKeys; key++)
        {
            var found = snapshot.TryGetValue(key, out var value);
            var listed = enumerated.TryGetValue(key, out var listedValue);
            if (found != listed || value != listedValue)
            {
                violations.Add($"a snapshot's lookup of key {key} ({(found ? value : "missing")}) disagrees with its enumeration ({(listed ? listedValue : "missing")})");
            }

            if (!IsScratch(key))
            {
                CheckNeverDecreases(key, found, value, lastSeen, violations, "Snapshot");
            }
        }

        if (atomicBatch)
        {
            for (var writer = 0; writer < Writers; writer++)
            {
                CheckGroupAllOrNothing(snapshot, writer, violations);
            }
        }
    }

    // Through one snapshot, a group written only by whole batches shows one batch: all keys absent, or all with one value.
    private static void CheckGroupAllOrNothing(IReadOnlyDictionary<int, int> snapshot, int writer, Violations violations)
    {
        var firstFound = snapshot.TryGetValue(Grouped(writer, 0), out var firstValue);
        for (var i = 1; i < GroupSize; i++)
        {
            var found = snapshot.TryGetValue(Grouped(writer, i), out var value);
            if (found != firstFound || value != firstValue)
            {
                var seen = string.Join(", ", Enumerable.Range(0, GroupSize).Select(j => snapshot.TryGetValue(Grouped(writer, j), out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing"));
                violations.Add($"a snapshot shows writer {writer}'s batch half applied: [{seen}]");
                return;
            }
        }
    }

    private static void CheckNeverDecreases(int key, bool found, int value, int[] lastSeen, Violations violations, string how)
    {
        var before = lastSeen[key];
        if (!found && before > 0)
        {
            violations.Add($"{how}: key {key} disappeared after this reader saw {before}");
        }
        else if (found && value < before)
        {
            violations.Add($"{how}: key {key} went down from {before} to {value}");
        }
        else if (found)
        {
            lastSeen[key] = value;
        }
    }

    private static void CheckFinalContents(IConcurrentMap<int, int> map, Violations violations)
    {
        var expected = new Dictionary<int, int>();
        for (var writer = 0; writer < Writers; writer++)
        {
            for (var i = 0; i < SinglesPerWriter; i++)
            {
                expected[Single(writer, i)] = Rounds;
            }

            for (var i = 0; i < GroupSize; i++)
            {
                expected[Grouped(writer, i)] = Rounds;
            }
        }

        var actual = new Dictionary<int, int>(map.Snapshot());
        foreach (var (key, value) in expected)
        {
            if (!actual.TryGetValue(key, out var seen) || seen != value)
            {
                violations.Add($"final contents: key {key} should be {value} (its writer's last write) but is {(actual.TryGetValue(key, out var v) ? v : "missing")}");
            }
        }

        foreach (var key in actual.Keys.Where(key => !expected.ContainsKey(key)))
        {
            violations.Add($"final contents: key {key} should be absent but is {actual[key]}");
        }

        if (map.Count != expected.Count)
        {
            violations.Add($"final Count is {map.Count}, expected {expected.Count}");
        }
    }

    private static void Guarded(Violations violations, string who, Action work)
    {
        try
        {
            work();
        }
        catch (Exception exception)
        {
            violations.Add($"{who} threw {exception.GetType().Name}: {exception.Message}");
        }
    }

    private sealed class WriterProgress
    {
        private int running = Writers;
        private int pastFirstRound;

        public bool AnyRunning => Volatile.Read(ref running) > 0;

        public bool AllPastFirstRound => Volatile.Read(ref pastFirstRound) == Writers;

        public void FirstRoundDone() => Interlocked.Increment(ref pastFirstRound);

        public void Finished() => Interlocked.Decrement(ref running);
    }
}

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The garbage collector's activity over a measured window: collections per generation, total pause
/// time, the longest pause seen, bytes allocated (all threads) and the large object heap's size after
/// the last collection. Start it after the warm-up's garbage has been collected; <see cref="Poll"/>
/// from a thread that is otherwise idle, then <see cref="Stop"/>.
/// </summary>
/// <remarks>
/// The runtime keeps the pause durations of only the latest collection of each kind (ephemeral, full
/// blocking, background), so the longest pause is the longest among the collections that were the
/// latest of their kind at some poll: exact when polls come faster than collections, a lower bound
/// otherwise (<see cref="GcWindowResult.UnobservedCollections"/> says how many were missed). The total pause
/// time (<see cref="GC.GetTotalPauseDuration"/>) is always exact.
/// </remarks>
internal sealed class GcWindow
{
    private static readonly GCKind[] kinds = [GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background];

    private readonly int[] collectionsAtStart = new int[3];
    private readonly TimeSpan pauseAtStart;
    private readonly long allocatedAtStart;
    private readonly long[] lastIndex = new long[kinds.Length];
    private readonly HashSet<long> seen = [];
    private TimeSpan longestPause;

    private GcWindow()
    {
        for (var generation = 0; generation < 3; generation++)
        {
            collectionsAtStart[generation] = GC.CollectionCount(generation);
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            lastIndex[i] = GC.GetGCMemoryInfo(kinds[i]).Index;
        }

        pauseAtStart = GC.GetTotalPauseDuration();
        allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);
    }

    /// <summary>Starts observing now.</summary>
    public static GcWindow Start() => new();

    /// <summary>Looks at the latest collection of each kind and keeps the longest new pause.</summary>
    public void Poll()
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            var info = GC.GetGCMemoryInfo(kinds[i]);
            if (info.Index <= lastIndex[i] || !seen.Add(info.Index))
            {
                continue;
            }

            lastIndex[i] = info.Index;
            foreach (var pause in info.PauseDurations)
            {
                longestPause = pause > longestPause ? pause : longestPause;
            }
        }
    }

    /// <summary>Polls once more and returns the window's figures.</summary>
    public GcWindowResult Stop(double windowSeconds)
    {
        Poll();
        var collections = new int[3];
        for (var generation = 0; generation < 3; generation++)
        {
            collections[generation] = GC.CollectionCount(generation) - collectionsAtStart[generation];
        }

        var pause = GC.GetTotalPauseDuration() - pauseAtStart;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedAtStart;
        var lohBytes = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[3].SizeAfterBytes;
        return new GcWindowResult(
            collections[0],
            collections[1],
            collections[2],
            pause.TotalMilliseconds,
            seen.Count == 0 ? null : longestPause.TotalMilliseconds,
            Math.Max(0, collections[0] - seen.Count),
            allocated / windowSeconds,
            lohBytes);
    }
}

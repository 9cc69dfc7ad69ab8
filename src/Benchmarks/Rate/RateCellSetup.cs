using Lab.Benchmarks.Scenarios;
using Lab.Benchmarks.Workloads;
using Lab.Maps;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// A cell ready to run: the prefilled map (the cell's keys plus the sentinel, set to 0), one
/// <see cref="ReaderWorker"/> per reader and the <see cref="SentinelWriter"/>, every key stream
/// generated before anything is timed.
/// </summary>
internal sealed class RateCellSetup
{
    /// <summary>Key indexes per stream: 64K, read cyclically.</summary>
    public const int StreamLength = 1 << 16;

    private RateCellSetup(RateCell cell, IConcurrentMap<int, int> map, IReadOnlyList<ReaderWorker> readers, SentinelWriter writer)
    {
        Cell = cell;
        Map = map;
        Readers = readers;
        Writer = writer;
    }

    public RateCell Cell { get; }

    public IConcurrentMap<int, int> Map { get; }

    public IReadOnlyList<ReaderWorker> Readers { get; }

    public SentinelWriter Writer { get; }

    /// <summary>Builds the map and the streams: uniform keys, readers seeded apart and starting at spread-out offsets.</summary>
    public static RateCellSetup Create(RateCell cell)
    {
        var allKeys = KeySets.Integers(cell.Size + 1);
        var sentinel = allKeys[cell.Size];
        var keys = allKeys[..cell.Size];
        var map = MapFactory.Create(cell.Map, allKeys);
        map.Set(sentinel, 0);
        var writer = new SentinelWriter(map, keys, Stream(cell.Size, seed: 7), sentinel, cell.Rate);
        var readers = Enumerable.Range(0, cell.Readers)
            .Select(r => new ReaderWorker(map, keys, Stream(cell.Size, seed: 1_000 + r), r * (StreamLength / cell.Readers), sentinel, writer.WriteStarts))
            .ToList();
        return new RateCellSetup(cell, map, readers, writer);
    }

    private static int[] Stream(int size, int seed)
    {
        var sampler = KeySampler.Create(KeyDistribution.Uniform, size, seed);
        var stream = new int[StreamLength];
        for (var i = 0; i < stream.Length; i++)
        {
            stream[i] = sampler.Next();
        }

        return stream;
    }
}

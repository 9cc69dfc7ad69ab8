using Lab.Benchmarks.Harness;
using Lab.References;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// What a rate run measures, as plain data: maps x sizes x write rates x reader counts x GC modes, each
/// cell measured in <paramref name="Replicates"/> child processes for <paramref name="Window"/> after its
/// steady-state warm-up (sub-windows of <see cref="SubWindow"/>, at most <paramref name="WarmupCap"/>).
/// </summary>
/// <param name="Name">The <c>--profile</c> value.</param>
/// <param name="Maps">Map ids: thread-safe catalog entries and <c>noop</c> (the harness's floor).</param>
/// <param name="Sizes">Map sizes.</param>
/// <param name="Rates">Writer targets, ascending, <see cref="WriteRate.Max"/> last.</param>
/// <param name="ReaderCounts">Reader thread counts; 0 stands for the machine's core count.</param>
/// <param name="GcModes">GC configurations, each in its own child processes.</param>
/// <param name="Window">Measured time per cell: <see cref="SubWindowsPerWindow"/> sub-windows, measured as one run.</param>
/// <param name="WarmupCap">Longest steady-state warm-up of a cell.</param>
/// <param name="Replicates">Child processes per cell group, so measurements per cell; at least 1.</param>
internal sealed record RateProfile(
    string Name,
    IReadOnlyList<string> Maps,
    IReadOnlyList<int> Sizes,
    IReadOnlyList<WriteRate> Rates,
    IReadOnlyList<int> ReaderCounts,
    IReadOnlyList<GcMode> GcModes,
    TimeSpan Window,
    TimeSpan WarmupCap,
    int Replicates)
{
    /// <summary>Reader count placeholder for the machine's logical core count.</summary>
    public const int Cores = 0;

    /// <summary>Sub-windows per measured window: the warm-up's sub-window is the window over this.</summary>
    public const int SubWindowsPerWindow = 4;

    /// <summary>Replicates of every profile: 3, the fewest whose min..max interval states a confidence (75%).</summary>
    public const int DefaultReplicates = 3;

    private static readonly IReadOnlyList<string> everyMap = [.. LabMaps.ThreadSafe.Select(entry => entry.Id), NoopMap<int, int>.Id];

    /// <summary>A few cells: the two designs the question is about, the reference and the floor, 3 replicates of short windows; about 2 minutes.</summary>
    public static readonly RateProfile Quick = new(
        "quick",
        ["cow", "rwlock", "concurrent", "hamt", NoopMap<int, int>.Id],
        [1_000, 100_000],
        [WriteRate.None, new(100)],
        [Cores],
        [GcMode.Workstation],
        TimeSpan.FromMilliseconds(400),
        TimeSpan.FromSeconds(1),
        DefaultReplicates);

    /// <summary>Every thread-safe map + noop, 10K and 100K, 2 and 4 readers, 0-10,000 writes/s, 3 replicates; about 21 minutes on 2 cores.</summary>
    public static readonly RateProfile Default = new(
        "default",
        everyMap,
        [10_000, 100_000],
        [WriteRate.None, new(100), new(1_000), new(10_000)],
        [2, 4],
        [GcMode.Workstation],
        TimeSpan.FromMilliseconds(800),
        TimeSpan.FromSeconds(4),
        DefaultReplicates);

    /// <summary>The default plus 1K and 1M entries, 1 and 10 writes/s and max, 1 reader and every GC mode.</summary>
    public static readonly RateProfile Full = Default with
    {
        Name = "full",
        Sizes = [1_000, 10_000, 100_000, 1_000_000],
        Rates = [WriteRate.None, new(1), new(10), new(100), new(1_000), new(10_000), WriteRate.Max],
        ReaderCounts = [1, 2, 4],
        GcModes = GcMode.All,
    };

    /// <summary>Every profile.</summary>
    public static IReadOnlyList<RateProfile> All { get; } = [Quick, Default, Full];

    /// <summary>A warm-up sub-window: <see cref="Window"/> / <see cref="SubWindowsPerWindow"/>.</summary>
    public TimeSpan SubWindow => Window / SubWindowsPerWindow;

    /// <summary>The profile with the given name, or <see langword="null"/>.</summary>
    public static RateProfile? Find(string name) => All.FirstOrDefault(profile => profile.Name == name);

    /// <summary>
    /// The child processes in run order: replicate 1 of every group (GC mode, size, readers), then replicate
    /// 2 of every group, and so on, so drift over the run falls on every replicate alike; inside a process
    /// the maps in the order <see cref="MapOrder"/> draws for that replicate and group, each map's rates ascending.
    /// </summary>
    public IReadOnlyList<RateProcessPlan> Processes(int cores)
    {
        var readers = ReaderCounts.Select(count => count == Cores ? cores : count).Distinct().ToList();
        return [.. from replicate in Enumerable.Range(1, Replicates)
                   from gc in GcModes
                   from size in Sizes
                   from readerCount in readers
                   select new RateProcessPlan(
                       replicate,
                       [.. from map in MapOrder.Shuffle(Maps, replicate, size, readerCount, gc.Id)
                           from rate in Rates
                           select new RateCell(map, size, readerCount, rate, gc, replicate)])];
    }

    /// <summary>Every cell measurement (cell x replicate) in run order.</summary>
    public IReadOnlyList<RateCell> Cells(int cores) => [.. Processes(cores).SelectMany(process => process.Cells)];

    /// <summary>The steady-state detector of <paramref name="cell"/> under this profile's cap.</summary>
    public SteadyStateDetector Detector(RateCell cell) => Detector(cell, WarmupCap);

    /// <summary>The steady-state detector of <paramref name="cell"/> with a warm-up cap of <paramref name="cap"/>.</summary>
    public static SteadyStateDetector Detector(RateCell cell, TimeSpan cap)
        => new(SteadyStateCriterion.Default, cap, PeriodicCost.WritesUntilFirst(cell.Map, cell.Size, cell.Rate), cell.Rate.PerSecond);
}

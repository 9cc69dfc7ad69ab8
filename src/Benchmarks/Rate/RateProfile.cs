using Lab.Benchmarks.Harness;
using Lab.References;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// What a rate run measures, as plain data: maps x sizes x write rates x reader counts x GC modes,
/// each cell measured for <paramref name="Window"/> after the process's tiering warm-up.
/// </summary>
/// <param name="Name">The <c>--profile</c> value.</param>
/// <param name="Maps">Map ids: thread-safe catalog entries and <c>noop</c> (the harness's floor).</param>
/// <param name="Sizes">Map sizes.</param>
/// <param name="Rates">Writer targets, ascending, <see cref="WriteRate.Max"/> last.</param>
/// <param name="ReaderCounts">Reader thread counts; 0 stands for the machine's core count.</param>
/// <param name="GcModes">GC configurations, each in its own child processes.</param>
/// <param name="Window">Measured time per cell.</param>
internal sealed record RateProfile(
    string Name,
    IReadOnlyList<string> Maps,
    IReadOnlyList<int> Sizes,
    IReadOnlyList<WriteRate> Rates,
    IReadOnlyList<int> ReaderCounts,
    IReadOnlyList<GcMode> GcModes,
    TimeSpan Window)
{
    /// <summary>Reader count placeholder for the machine's logical core count.</summary>
    public const int Cores = 0;

    private static readonly IReadOnlyList<WriteRate> allRates =
        [WriteRate.None, new(1), new(10), new(100), new(1_000), new(10_000), WriteRate.Max];

    private static readonly IReadOnlyList<string> everyMap = [.. LabMaps.ThreadSafe.Select(entry => entry.Id), NoopMap<int, int>.Id];

    /// <summary>A few cells: the two designs the question is about, the reference and the floor; under 3 minutes.</summary>
    public static readonly RateProfile Quick = new(
        "quick",
        ["cow", "rwlock", "concurrent", "hamt", NoopMap<int, int>.Id],
        [1_000, 100_000],
        [WriteRate.None, new(100), WriteRate.Max],
        [Cores],
        [GcMode.Workstation],
        TimeSpan.FromSeconds(1));

    /// <summary>Every thread-safe map, 1K-100K, rates 0-10K and max, 1 and cores readers; under 25 minutes on 2 cores.</summary>
    public static readonly RateProfile Default = new(
        "default",
        everyMap,
        [1_000, 10_000, 100_000],
        allRates,
        [1, Cores],
        [GcMode.Workstation],
        TimeSpan.FromSeconds(2));

    /// <summary>The default plus 1M entries and every GC mode.</summary>
    public static readonly RateProfile Full = Default with
    {
        Name = "full",
        Sizes = [1_000, 10_000, 100_000, 1_000_000],
        GcModes = GcMode.All,
    };

    /// <summary>Every profile.</summary>
    public static IReadOnlyList<RateProfile> All { get; } = [Quick, Default, Full];

    /// <summary>The profile with the given name, or <see langword="null"/>.</summary>
    public static RateProfile? Find(string name) => All.FirstOrDefault(profile => profile.Name == name);

    /// <summary>
    /// The cells in run order: grouped by child process (GC mode, size, readers, map), rates ascending
    /// within a process so the heaviest garbage comes last.
    /// </summary>
    public IReadOnlyList<RateCell> Cells(int cores)
    {
        var readers = ReaderCounts.Select(count => count == Cores ? cores : count).Distinct().ToList();
        return [.. from gc in GcModes
                   from size in Sizes
                   from readerCount in readers
                   from map in Maps
                   from rate in Rates
                   select new RateCell(map, size, readerCount, rate, gc)];
    }
}

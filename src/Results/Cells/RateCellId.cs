using System.Globalization;

namespace Lab.Results;

/// <summary>
/// The stable id of a write-rate cell, <c>rate/map/size/readers/write_rate/gc_mode</c> (e.g.
/// <c>rate/cow/100000/2/100/workstation</c>): the <c>cell</c> value of latency.csv and the cells a rate
/// run's child process is given. The only place that id is composed and parsed.
/// </summary>
/// <param name="Map">Thread-safe catalog id, or <c>noop</c>.</param>
/// <param name="Size">Keys prefilled.</param>
/// <param name="Readers">Reader threads.</param>
/// <param name="WriteRate">The writer's target as <see cref="WriteRates"/> writes it: an integer or <c>max</c>.</param>
/// <param name="GcMode">One of <see cref="GcModes.All"/>.</param>
public readonly record struct RateCellId(string Map, int Size, int Readers, string WriteRate, string GcMode)
{
    /// <summary>The scenario part that starts every rate cell id.</summary>
    public const string Scenario = "rate";

    /// <summary>The shape of an id, for messages.</summary>
    public const string Shape = "rate/map/size/readers/write_rate/gc_mode";

    /// <summary>The id text.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scenario}/{Map}/{Size}/{Readers}/{WriteRate}/{GcMode}");

    /// <summary>The cell's histogram log, relative to the run folder: <c>histograms/rate_cow_100000_2_100_workstation.hlog</c>.</summary>
    public string HistogramPath => $"{ResultFiles.HistogramFolder}/{ToString().Replace('/', '_')}.hlog";

    /// <summary>
    /// The histogram log of one replicate of the cell: <see cref="HistogramPath"/> for replicate 1 (so runs
    /// written before replicates existed keep their names), <c>..._r2.hlog</c> for replicate 2 and so on.
    /// </summary>
    public string HistogramPathFor(int replicate)
        => replicate <= 1 ? HistogramPath : string.Create(CultureInfo.InvariantCulture, $"{ResultFiles.HistogramFolder}/{ToString().Replace('/', '_')}_r{replicate}.hlog");

    /// <summary>The writer's target per second: 0 for none, null for <c>max</c>.</summary>
    public double? TargetWritesPerSecond => WriteRates.TryParse(WriteRate, out var perSecond) ? perSecond : throw new InvalidOperationException($"'{WriteRate}' is not a write rate");

    /// <summary>Parses an id: a map, a positive size and reader count, a write-rate label and a known GC mode.</summary>
    public static bool TryParse(string? text, out RateCellId cell)
    {
        cell = default;
        if (text?.Split('/') is not [Scenario, var map, var sizeText, var readersText, var rate, var gc]
            || map.Length == 0
            || !int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0
            || !int.TryParse(readersText, NumberStyles.None, CultureInfo.InvariantCulture, out var readers) || readers <= 0
            || !WriteRates.TryParse(rate, out _)
            || !GcModes.All.Contains(gc))
        {
            return false;
        }

        cell = new RateCellId(map, size, readers, rate, gc);
        return cell.ToString() == text;
    }
}

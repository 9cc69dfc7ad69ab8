using System.Globalization;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// One cell of a rate run: a map of <paramref name="Size"/> entries read flat out by
/// <paramref name="Readers"/> threads while one writer writes at <paramref name="Rate"/>, in a process
/// running <paramref name="Gc"/>.
/// </summary>
/// <param name="Map">Catalog id, or <c>noop</c>.</param>
/// <param name="Size">Entries prefilled (plus the sentinel key).</param>
/// <param name="Readers">Reader threads.</param>
/// <param name="Rate">The writer's target.</param>
/// <param name="Gc">The GC configuration of the process.</param>
internal sealed record RateCell(string Map, int Size, int Readers, WriteRate Rate, GcMode Gc)
{
    /// <summary>The scenario value that starts every cell id.</summary>
    public const string Scenario = "rate";

    /// <summary>Stable id: <c>rate/map/size/readers/rate/gc</c>, e.g. <c>rate/cow/100000/2/100/workstation</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Scenario}/{Map}/{Size}/{Readers}/{Rate.Label}/{Gc.Id}");

    /// <summary>The cell's histogram log, relative to the run folder.</summary>
    public string HistogramPath => "histograms/" + Id.Replace('/', '_') + ".hlog";

    /// <summary>Cells that share a child process: same map, size, readers and GC mode.</summary>
    public (string Map, int Size, int Readers, string Gc) ProcessGroup => (Map, Size, Readers, Gc.Id);

    /// <summary>The cell with the given <see cref="Id"/>, or <see langword="null"/> when the text is not one.</summary>
    public static RateCell? Parse(string id)
    {
        var parts = id.Split('/');
        return parts.Length == 6
            && parts[0] == Scenario
            && parts[1].Length > 0
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var readers) && readers > 0
            && WriteRate.Parse(parts[4]) is { } rate
            && GcMode.Find(parts[5]) is { } gc
            ? new RateCell(parts[1], size, readers, rate, gc)
            : null;
    }

    public override string ToString() => Id;
}

using Lab.Results;

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
    /// <summary>Stable id: <c>rate/map/size/readers/rate/gc</c>, e.g. <c>rate/cow/100000/2/100/workstation</c>.</summary>
    public RateCellId Id => new(Map, Size, Readers, Rate.Label, Gc.Id);

    /// <summary>The cell's histogram log, relative to the run folder.</summary>
    public string HistogramPath => Id.HistogramPath;

    /// <summary>Cells that share a child process: same map, size, readers and GC mode.</summary>
    public (string Map, int Size, int Readers, string Gc) ProcessGroup => (Map, Size, Readers, Gc.Id);

    /// <summary>The cell with the given id, or <see langword="null"/> when the text is not one (or names a rate or GC mode this app cannot run).</summary>
    public static RateCell? Parse(string id)
        => RateCellId.TryParse(id, out var cell) && WriteRate.Parse(cell.WriteRate) is { } rate && GcMode.Find(cell.GcMode) is { } gc
            ? new RateCell(cell.Map, cell.Size, cell.Readers, rate, gc)
            : null;

    public override string ToString() => Id.ToString();
}

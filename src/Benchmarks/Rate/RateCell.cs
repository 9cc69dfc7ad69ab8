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
/// <param name="Replicate">Which measurement of the cell (1-based): each replicate runs in its own process.</param>
internal sealed record RateCell(string Map, int Size, int Readers, WriteRate Rate, GcMode Gc, int Replicate = 1)
{
    /// <summary>Stable id: <c>rate/map/size/readers/rate/gc</c>, e.g. <c>rate/cow/100000/2/100/workstation</c>.</summary>
    public RateCellId Id => new(Map, Size, Readers, Rate.Label, Gc.Id);

    /// <summary>The histogram log of this replicate of the cell, relative to the run folder.</summary>
    public string HistogramPath => Id.HistogramPathFor(Replicate);

    /// <summary>The cell group (size x readers x GC mode) whose maps share a child process.</summary>
    public (int Size, int Readers, string Gc) Group => (Size, Readers, Gc.Id);

    /// <summary>Cells that share a child process: same group and replicate.</summary>
    public (int Size, int Readers, string Gc, int Replicate) ProcessGroup => (Size, Readers, Gc.Id, Replicate);

    /// <summary>The cell with the given id (replicate <paramref name="replicate"/>), or <see langword="null"/> when the text is not one (or names a rate or GC mode this app cannot run).</summary>
    public static RateCell? Parse(string id, int replicate = 1)
        => RateCellId.TryParse(id, out var cell) && WriteRate.Parse(cell.WriteRate) is { } rate && GcMode.Find(cell.GcMode) is { } gc
            ? new RateCell(cell.Map, cell.Size, cell.Readers, rate, gc, replicate)
            : null;

    public override string ToString() => Id.ToString();
}

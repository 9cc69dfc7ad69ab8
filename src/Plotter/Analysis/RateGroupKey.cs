namespace Lab.Plotter.Analysis;

/// <summary>The conditions a rate decision holds for: one (size, readers, write rate, GC mode) of a rate run.</summary>
/// <param name="Size">Keys prefilled.</param>
/// <param name="Readers">Reader threads.</param>
/// <param name="WriteRate">The writer's target label (<c>0</c>, <c>100</c>, ..., <c>max</c>).</param>
/// <param name="GcMode">The GC mode of the processes.</param>
internal sealed record RateGroupKey(int Size, int Readers, string WriteRate, string GcMode)
{
    /// <summary>The group of a latency row.</summary>
    public static RateGroupKey Of(LatencyRow row) => new(row.Size, row.Readers, row.WriteRate, row.GcMode);

    /// <inheritdoc/>
    public override string ToString() => $"{Size}/{Readers}/{WriteRate}/{GcMode}";
}

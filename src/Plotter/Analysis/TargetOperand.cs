namespace Lab.Plotter.Analysis;

/// <summary>
/// The <c>targets</c>-scenario row a design target reads: one map and operation (<c>mix</c>), single
/// thread, uniform keys, at <see cref="Size"/> entries (null: at every size the run measured).
/// </summary>
internal sealed record TargetOperand(string Map, string Mix, int? Size = null)
{
    public string Describe(int? size) => $"targets/{Map}/{Mix}/{(size ?? Size)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}/1/uniform";
}

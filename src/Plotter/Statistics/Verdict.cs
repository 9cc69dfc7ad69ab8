namespace Lab.Plotter.Statistics;

/// <summary>
/// The judgment of one cell, diff against base (lower ns/op is better), read from the ratio's
/// interval at the cell's Holm level (see <see cref="CellJudge.Decide"/>); the four are exclusive.
/// </summary>
internal enum Verdict
{
    /// <summary>The whole interval lies above 1 and the estimate beyond 1 + threshold.</summary>
    Slower,

    /// <summary>The whole interval lies inside 1 ± threshold: any change is smaller than the threshold.</summary>
    Same,

    /// <summary>The whole interval lies below 1 and the estimate below 1 - threshold.</summary>
    Faster,

    /// <summary>None of the above: the samples cannot tell (interval too wide, or too few launches).</summary>
    Inconclusive,
}

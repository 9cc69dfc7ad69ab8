namespace Lab.Paired;

/// <summary>What one process measured of one cell.</summary>
/// <param name="LogRatios">Per-pair log ratio of time per operation, B over A, in pair order.</param>
/// <param name="InvocationsPerSlice">The calibrated slice length.</param>
/// <param name="Settled">Whether the JIT fell quiet within the warm-up limit.</param>
internal sealed record PairedCellResult(double[] LogRatios, int InvocationsPerSlice, bool Settled)
{
    /// <summary>The median per-pair log ratio: this process's one value for the cell.</summary>
    public double MedianLogRatio
    {
        get
        {
            var sorted = LogRatios.Order().ToArray();
            return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
        }
    }
}

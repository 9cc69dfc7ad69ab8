namespace Lab.Benchmarks.Rate;

/// <summary>The steady-state detector's answer after a sub-window.</summary>
/// <param name="Done">True: stop warming up and measure (steady, or the cap is reached).</param>
/// <param name="Steady">Whether the cell is in steady state (meaningful when <paramref name="Done"/>).</param>
/// <param name="Note">Why not steady when done and not steady; a note on a steady cell (a periodic cost beyond the cap); null otherwise.</param>
internal sealed record SteadyStateOutcome(bool Done, bool Steady, string? Note)
{
    /// <summary>Keep warming up.</summary>
    public static SteadyStateOutcome Continue { get; } = new(false, false, null);
}

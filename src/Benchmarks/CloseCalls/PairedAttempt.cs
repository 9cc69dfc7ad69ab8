using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>What one process of the paired host gave: its row, or why there is none.</summary>
/// <param name="Row">The process's paired.csv row; null when it failed.</param>
/// <param name="Problem">Why there is no row; null when there is one.</param>
internal sealed record PairedAttempt(PairedRow? Row, string? Problem)
{
    public static PairedAttempt Of(PairedRow row) => new(row, null);

    public static PairedAttempt Failed(string problem) => new(null, problem);
}

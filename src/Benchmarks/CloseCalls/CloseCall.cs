using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>
/// A matrix cell whose two fastest recommendable maps are within one launch's noise
/// (<see cref="CloseCallRow.NoiseLogRatio"/>): the paired in-process comparison of the two decides it, or it stays a tie.
/// </summary>
/// <param name="Template">The cell with <see cref="CellId.MapPlaceholder"/> as its map.</param>
/// <param name="Leader">The map with the lowest mean ns/op in the matrix run.</param>
/// <param name="RunnerUp">The second fastest recommendable map.</param>
/// <param name="LaunchRatio">Runner-up's mean ns/op over the leader's (at least 1, below e^<see cref="CloseCallRow.NoiseLogRatio"/>).</param>
internal sealed record CloseCall(CellId Template, string Leader, string RunnerUp, double LaunchRatio)
{
    /// <summary>The row of a close call that was not measured (<see cref="CloseCallRow.OverCap"/>, <see cref="CloseCallRow.Failed"/>).</summary>
    public CloseCallRow Unmeasured(string status) => new()
    {
        Cell = Template.ToString(),
        Leader = Leader,
        RunnerUp = RunnerUp,
        LaunchRatio = LaunchRatio,
        Status = status,
    };

    /// <summary>The row of one process's paired measurement (side a the leader, side b the runner-up).</summary>
    public CloseCallRow Measured(int process, PairedRow paired) => Unmeasured(CloseCallRow.Measured) with
    {
        Process = process,
        LoadOrder = paired.LoadOrder,
        Pairs = paired.Pairs,
        Settled = paired.Settled,
        MedianLogRatio = paired.MedianLogRatio,
    };
}


namespace Lab.Plotter.Analysis;

/// <summary>
/// The judgement of one matrix cell (keys, threads, mix, size) over the recommendable maps:
/// the fastest by mean ns/op, the runner-up, the margin (runner-up ns/op / leader ns/op - 1), and
/// the maps tied with the leader (Same by <see cref="TieJudge"/>) and those the data cannot separate from it
/// (Inconclusive), in <see cref="MapIds"/> order; <paramref name="TooFewIterations"/> when a map had too few to test.
/// </summary>
internal sealed record CellVerdict(
    string Keys,
    int Threads,
    string Mix,
    int Size,
    SummaryRow Leader,
    SummaryRow? RunnerUp,
    IReadOnlyList<string> TiedWith,
    IReadOnlyList<string> Undecided,
    bool TooFewIterations)
{
    public double? Margin => RunnerUp is null ? null : (RunnerUp.NsPerOp / Leader.NsPerOp) - 1;

    public bool IsTie => TiedWith.Count > 0;

    /// <summary>
    /// The judge's comparison of the runner-up with the leader (ratio runner-up / leader, its interval at the
    /// Holm level of the cell's family), or <see langword="null"/> without a runner-up: the margin's interval.
    /// </summary>
    public CellComparison? RunnerUpComparison { get; init; }
}

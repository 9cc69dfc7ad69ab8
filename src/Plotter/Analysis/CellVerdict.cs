
namespace Lab.Plotter.Analysis;

/// <summary>
/// The judgement of one matrix cell (keys, threads, mix, size) over the recommendable maps:
/// the fastest by mean ns/op, the runner-up, the margin (runner-up ns/op / leader ns/op - 1), and
/// the maps tied with the leader (Same by <see cref="TieJudge"/>) and those the data cannot separate from it
/// (Inconclusive), in <see cref="MapIds"/> order; <paramref name="TooFewIterations"/> when a map had too few to test.
/// A close call's paired comparison overrides the one launch's tie judgment of its two maps: decided, the loser leaves
/// the ties; a tie, the runner-up joins them (Same) or the undecided (Inconclusive).
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
    /// <summary>The cell's close call judged by its paired comparison (<see cref="CloseCallJudge"/>); null when the cell was no close call or the run has no close-calls.csv.</summary>
    public CloseCallDecision? CloseCall { get; init; }

    /// <summary>The recommended map: the paired comparison's winner when it decided the cell's close call, else the leader.</summary>
    public string Winner => CloseCall?.Winner ?? Leader.Cell.Map;

    public double? Margin => RunnerUp is null ? null : (RunnerUp.NsPerOp / Leader.NsPerOp) - 1;

    public bool IsTie => TiedWith.Count > 0;

    /// <summary>
    /// The judge's comparison of the runner-up with the leader (ratio runner-up / leader, its interval at the
    /// Holm level of the cell's family), or <see langword="null"/> without a runner-up: the margin's interval.
    /// </summary>
    public CellComparison? RunnerUpComparison { get; init; }
}

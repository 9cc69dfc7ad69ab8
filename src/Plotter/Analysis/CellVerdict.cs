using Lab.Plotter.Data;

namespace Lab.Plotter.Analysis;

/// <summary>
/// The judgement of one matrix cell (keys, threads, mix, size) over the recommendable maps:
/// the fastest by mean ns/op, the runner-up, the margin (runner-up ns/op / leader ns/op - 1), and
/// every map that is statistically indistinguishable from the leader, in <see cref="MapIds"/> order.
/// </summary>
internal sealed record CellVerdict(
    string Keys,
    int Threads,
    string Mix,
    int Size,
    SummaryRow Leader,
    SummaryRow? RunnerUp,
    IReadOnlyList<string> TiedWith,
    IReadOnlyList<TieMethod> Methods)
{
    public double? Margin => RunnerUp is null ? null : (RunnerUp.NsPerOp / Leader.NsPerOp) - 1;

    public bool IsTie => TiedWith.Count > 0;
}

namespace Lab.Plotter.Statistics;

/// <summary>
/// A matrix run's close call (close-calls.csv) judged: the paired in-process comparison of its runner-up against its
/// leader (<see cref="Comparison"/>, ratio runner-up / leader), or null when it was not measured (<see cref="Status"/>).
/// </summary>
/// <param name="Cell">The cell template (<c>matrix/{map}/mix/size/threads/keys</c>).</param>
/// <param name="Leader">The matrix run's fastest recommendable map.</param>
/// <param name="RunnerUp">Its second fastest.</param>
/// <param name="LaunchRatio">Runner-up's ns/op over the leader's in the matrix run.</param>
/// <param name="Status">The file's status: measured, over-cap or failed.</param>
/// <param name="Processes">The processes measured (0 unless measured).</param>
/// <param name="Comparison">The judge's comparison over the processes; null unless measured.</param>
internal sealed record CloseCallDecision(string Cell, string Leader, string RunnerUp, double LaunchRatio, string Status, int Processes, CellComparison? Comparison)
{
    /// <summary>The map the paired comparison found faster (Slower: the leader; Faster: the runner-up); null when it stays a tie.</summary>
    public string? Winner => Comparison?.Verdict switch
    {
        Verdict.Slower => Leader,
        Verdict.Faster => RunnerUp,
        _ => null,
    };

    /// <summary>True when the paired comparison separated the two maps.</summary>
    public bool Decided => Winner is not null;

    /// <summary>One phrase: who won, or why it stays a tie.</summary>
    public string Outcome => Comparison switch
    {
        null => Status == Lab.Results.CloseCallRow.OverCap ? "stays a tie (not measured: over the run's cap)" : "stays a tie (not measured: the paired host failed)",
        { Verdict: Verdict.Same } => $"stays a tie (equivalent within ±{Math.Round(Comparison.Margin * 100)}%)",
        { Verdict: Verdict.Inconclusive } => "stays a tie (the paired comparison cannot separate them)",
        _ => $"**{Winner}** wins",
    };
}

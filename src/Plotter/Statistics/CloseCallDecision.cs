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
    /// <summary>
    /// How far (as a factor) the paired ratio may lie from the launch's before the two measurements of the pair are said to
    /// disagree: twice the launch-to-launch spread, e^(2 x <see cref="Lab.Results.CloseCallRow.NoiseLogRatio"/>), about 1.32.
    /// Within it the paired comparison refines what one launch could not order; beyond it the two contradict each other
    /// by more than the launch's noise allows, which says the set-ups measure the pair differently (the paired host runs
    /// without tiered compilation, so without Dynamic PGO, unlike every BenchmarkDotNet launch), and neither order is stated.
    /// </summary>
    public static readonly double DisagreementFactor = Math.Exp(2 * Lab.Results.CloseCallRow.NoiseLogRatio);

    /// <summary>True when the paired ratio and the launch ratio differ by more than <see cref="DisagreementFactor"/>: the call stays a tie.</summary>
    public bool Disagrees => Comparison is { } comparison && Math.Abs(Math.Log(comparison.Ratio / LaunchRatio)) > Math.Log(DisagreementFactor);

    /// <summary>The map the paired comparison found faster (Slower: the leader; Faster: the runner-up); null when it stays a tie.</summary>
    public string? Winner => Disagrees ? null : Comparison?.Verdict switch
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
        { } comparison when Disagrees => $"stays a tie (the paired ratio {comparison.Ratio.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}× disagrees with the launch's by more than {DisagreementFactor.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}×)",
        null => Status == Lab.Results.CloseCallRow.OverCap ? "stays a tie (not measured: over the run's cap)" : "stays a tie (not measured: the paired host failed)",
        { Verdict: Verdict.Same } => $"stays a tie (equivalent within ±{Math.Round(Comparison.Margin * 100)}%)",
        { Verdict: Verdict.Inconclusive } => "stays a tie (the paired comparison cannot separate them)",
        _ => $"**{Winner}** wins",
    };
}

using System.Text;

namespace Lab.Plotter.Reports;

/// <summary>
/// REPORT.md's close calls: the cells whose two fastest maps were within one launch's noise, and per cell who won the
/// paired in-process comparison the benchmark app ran after the matrix (close-calls.csv), or that it stays a tie, with
/// the count "N close calls: D decided by paired comparison, T stay ties".
/// </summary>
internal static class CloseCallSection
{
    /// <summary>The count line (also the section's first sentence).</summary>
    public static string CountLine(IReadOnlyList<CloseCallDecision> calls)
    {
        var decided = calls.Count(call => call.Decided);
        var unmeasured = calls.Count(call => call.Comparison is null);
        var disagreeing = calls.Count(call => call.Disagrees);
        var line = $"{calls.Count} close {(calls.Count == 1 ? "call" : "calls")}: {decided} decided by paired comparison, {calls.Count - decided} stay ties";
        var notes = new List<string>();
        if (unmeasured > 0)
        {
            notes.Add($"{unmeasured} of them not measured");
        }

        if (disagreeing > 0)
        {
            notes.Add($"{disagreeing} whose paired ratio disagrees with the launch's by more than {Figures.Ratio(CloseCallDecision.DisagreementFactor)}");
        }

        return notes.Count > 0 ? $"{line} ({string.Join("; ", notes)})" : line;
    }

    public static void Write(StringBuilder text, BenchmarkResults results, IReadOnlyList<CellVerdict> verdicts)
    {
        text.AppendLine("### Close calls");
        text.AppendLine();
        if (results.CloseCalls is null)
        {
            text.AppendLine("Close calls were not measured in this run (no close-calls.csv: a run before the close-call step, or with `--close-calls 0`): read margins below 15% as ties.");
            text.AppendLine();
            return;
        }

        var calls = verdicts.Select(verdict => verdict.CloseCall).OfType<CloseCallDecision>().ToList();
        text.AppendLine($"A cell is a close call when its runner-up's mean ns/op is within e^{Figures.Number(CloseCallRow.NoiseLogRatio)} (about {Figures.Percent(Math.Exp(CloseCallRow.NoiseLogRatio) - 1)}) of the leader's: the launch-to-launch spread of the committed A/A calibration (docs/regression-check.md), so one launch each cannot order them.");
        text.AppendLine("After the matrix the benchmark app measured the closest of them with the paired in-process comparison (`src/Paired --maps leader,runner-up`: both maps in one process, slices alternated, one value per process);");
        var rules = TieJudge.Settings;
        text.AppendLine($"each is judged like the regression check's in-process cells: exact signed-rank interval over the processes, the measured calls one Holm family at α = {Figures.Number(rules.Alpha)}; a winner when the interval lies beyond 1 ± {Figures.Percent(rules.RelativeThreshold)}, a tie when it is equivalent within ±{Figures.Percent(rules.SameMargin)} or cannot be separated.");
        text.AppendLine($"A paired ratio more than {Figures.Ratio(CloseCallDecision.DisagreementFactor)} away from the launch's (twice the launch spread) is not taken as a decision: the paired host runs without tiered compilation (no Dynamic PGO), the launches with it, and a gap beyond the launch's noise says the two set-ups measure the pair differently, not which map is faster.");
        text.AppendLine();
        text.AppendLine($"**{CountLine(calls)}.**");
        text.AppendLine();
        if (calls.Count == 0)
        {
            return;
        }

        text.AppendLine("| cell | leader | runner-up | launch ratio | processes | paired ratio (runner-up / leader) | outcome |");
        text.AppendLine("|---|---|---|---:|---:|---|---|");
        foreach (var call in calls)
        {
            var paired = call.Comparison is { } c
                ? $"{Figures.Ratio(c.Ratio)} [{Figures.Ratio(c.RatioLower)}, {(double.IsFinite(c.RatioUpper) ? Figures.Ratio(c.RatioUpper) : "∞")}]"
                : "–";
            text.AppendLine($"| `{call.Cell}` | {call.Leader} | {call.RunnerUp} | {Figures.Ratio(call.LaunchRatio)} | {call.Processes} | {paired} | {call.Outcome} |");
        }

        text.AppendLine();
    }
}

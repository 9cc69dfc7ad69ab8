using System.Text;

namespace Lab.Plotter.Reports;

/// <summary>
/// The text <c>recommend</c> prints: the question, the cells it answers from (saying whether they match it
/// exactly or are the nearest measured), per cell the recommended map, the runner-up, the margin with its
/// interval, the verdict and the ties, then what could not be answered. Wording as on the decision page (<see cref="DecisionText"/>).
/// </summary>
internal static class RecommendationWriter
{
    /// <summary>The whole answer, lines ending in a newline.</summary>
    public static string Write(Recommendation recommendation, AnswerSet answers)
    {
        var query = recommendation.Query;
        var text = new StringBuilder();
        text.AppendLine($"{Figures.Integer(query.Size)} entries, {query.Readers} reader{(query.Readers == 1 ? string.Empty : "s")}, {Figures.Integer(query.WritesPerSecond)} writes/s, {(query.StringKeys ? "string" : "int")} keys");
        if (recommendation.RateCells.Count > 0)
        {
            var first = recommendation.RateCells[0];
            text.AppendLine();
            text.AppendLine($"by write rate: rate run {answers.RateEnvironment?.RunId ?? "?"}, GC {first.GcMode}; {(recommendation.RateExact ? "the measured cell" : "the nearest measured cell" + (recommendation.RateCells.Count > 1 ? "s (equally near)" : string.Empty) + " (no exact match)")}:");
            foreach (var cell in recommendation.RateCells)
            {
                var decision = cell.Decision;
                text.AppendLine($"  cell {Mixes.SizeLabel(cell.Size)} entries, {cell.Readers} readers, {DecisionText.Rate(cell)} ({cell.Replicates} replicate{(cell.Replicates == 1 ? string.Empty : "s")})");
                text.AppendLine($"    recommended: {DecisionText.Recommended(decision)}");
                text.AppendLine($"    runner-up:   {decision.RunnerUp ?? "–"}");
                text.AppendLine($"    margin:      {DecisionText.Margin(decision)} reader throughput, {DecisionText.Verdict(decision)}");
                text.AppendLine($"    ties:        {(decision.TiedWith.Count > 0 ? string.Join(", ", decision.TiedWith) : "none")}");
                text.AppendLine($"    writer kept rate: {DecisionText.RateMet(cell.RateMet).Trim('*')}; reader p99.9 {RateReportWriter.Ns(cell.ReaderP999Ns)}");
            }
        }

        if (recommendation.MatrixCells.Count > 0)
        {
            var first = recommendation.MatrixCells[0];
            text.AppendLine();
            text.AppendLine($"by write share: matrix run {answers.MatrixEnvironment?.RunId ?? "?"}, {first.Keys} keys; {(recommendation.MatrixExact ? "the measured cells" : "the nearest measured cells (no exact match)")}: {Mixes.SizeLabel(first.Size)} entries, {Mixes.ThreadsLabel(first.Threads)}");
            foreach (var cell in recommendation.MatrixCells)
            {
                var decision = cell.Decision;
                var ties = decision.TiedWith.Count > 0 ? $"; ties: {string.Join(", ", decision.TiedWith)}" : string.Empty;
                text.AppendLine($"  {cell.WritePercent}% writes ({cell.MixLabel}): {DecisionText.Recommended(decision)}, runner-up {decision.RunnerUp ?? "–"}, margin {DecisionText.Margin(decision)} ns/op, {DecisionText.Verdict(decision)}{ties}");
            }
        }

        foreach (var note in recommendation.Notes)
        {
            text.AppendLine();
            text.AppendLine($"note: {note}");
        }

        return text.ToString();
    }
}

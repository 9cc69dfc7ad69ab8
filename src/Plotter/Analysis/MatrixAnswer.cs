namespace Lab.Plotter.Analysis;

/// <summary>One row of the decision page's matrix half: a matrix cell and its decision.</summary>
/// <param name="Keys">Key distribution (<see cref="KeyDistributions"/>).</param>
/// <param name="Size">Entries.</param>
/// <param name="Mix">The mix id (read100, read90, ..., churn).</param>
/// <param name="MixLabel">The mix as a reader reads it ("90% reads").</param>
/// <param name="WritePercent">The share of operations that write (100 − read share).</param>
/// <param name="Threads">Threads, every one running the mix.</param>
/// <param name="Decision">The judge's answer for the cell.</param>
internal sealed record MatrixAnswer(string Keys, int Size, string Mix, string MixLabel, int WritePercent, int Threads, Decision Decision)
{
    /// <summary>
    /// Every judged matrix cell of <paramref name="matrix"/>, from <see cref="WinnerJudge"/>'s verdicts,
    /// ordered by keys, size, write share (fewest writes first) and threads.
    /// </summary>
    public static IReadOnlyList<MatrixAnswer> From(MatrixView matrix, IReadOnlyList<CellVerdict> verdicts)
        =>
        [
            .. verdicts
                .Select(verdict => new MatrixAnswer(
                    verdict.Keys,
                    verdict.Size,
                    verdict.Mix,
                    matrix.MixLabel(verdict.Mix),
                    100 - (matrix.ReadPercentOf(verdict.Mix) ?? 100),
                    verdict.Threads,
                    Decision.Of(verdict)))
                .OrderBy(answer => KeyDistributions.All.ToList().IndexOf(answer.Keys))
                .ThenBy(answer => answer.Size)
                .ThenBy(answer => matrix.Mixes.ToList().IndexOf(answer.Mix))
                .ThenBy(answer => answer.Threads),
        ];
}

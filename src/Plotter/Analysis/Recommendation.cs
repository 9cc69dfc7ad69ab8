namespace Lab.Plotter.Analysis;

/// <summary>
/// The answer to a <see cref="RecommendationQuery"/>: the measured rate cells nearest to it (by
/// <see cref="CellDistance"/>; several when equally near), the matrix cells at the nearest size and thread
/// count (every write share), and plain notes on what the runs could not answer (string keys, no rate run).
/// </summary>
/// <param name="Query">What was asked.</param>
/// <param name="RateCells">The nearest rate cells, exact matches first; empty without a usable rate run.</param>
/// <param name="RateExact">Whether the rate cells match the asked size, readers and rate exactly.</param>
/// <param name="MatrixCells">The matrix cells used, fewest writes first; empty without a matrix run with the asked key type.</param>
/// <param name="MatrixExact">Whether the matrix cells match the asked size and threads exactly.</param>
/// <param name="Notes">What could not be answered, and why.</param>
internal sealed record Recommendation(
    RecommendationQuery Query,
    IReadOnlyList<RateAnswer> RateCells,
    bool RateExact,
    IReadOnlyList<MatrixAnswer> MatrixCells,
    bool MatrixExact,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Answers <paramref name="query"/> from <paramref name="answers"/>. Rate cells: the GC mode first in
    /// contract order among those measured (workstation when present), only integer rates (never <c>max</c>).
    /// Rate runs measure int keys only, so a string-key question gets the matrix's string-key cells and a note.
    /// </summary>
    public static Recommendation For(RecommendationQuery query, AnswerSet answers)
    {
        var notes = new List<string>();
        IReadOnlyList<RateAnswer> rateCells = [];
        var rateExact = false;
        var gc = GcModes.All.FirstOrDefault(mode => answers.Rate.Any(answer => answer.GcMode == mode));
        if (answers.Rate.Count == 0)
        {
            notes.Add("no rate run was given: there is no answer by write rate, only the matrix's by write share");
        }
        else if (query.StringKeys)
        {
            notes.Add("the rate runs measured int keys only: there is no string-key answer by write rate (the matrix's string-key cells follow, if measured)");
        }
        else
        {
            var candidates = answers.Rate.Where(answer => answer.GcMode == gc && answer.TargetWritesPerSecond is not null);
            rateCells = CellDistance.Nearest(candidates, answer => CellDistance.Between(answer.Size, answer.Readers, answer.TargetWritesPerSecond, query.Size, query.Readers, query.WritesPerSecond));
            rateExact = rateCells.Count > 0 && rateCells.All(answer => answer.Size == query.Size && answer.Readers == query.Readers && answer.TargetWritesPerSecond == query.WritesPerSecond);
        }

        IReadOnlyList<MatrixAnswer> matrixCells = [];
        var matrixExact = false;
        var keyed = answers.Matrix.Where(answer => answer.Keys == query.MatrixKeys).ToList();
        if (answers.Matrix.Count > 0 && keyed.Count == 0)
        {
            notes.Add(query.StringKeys
                ? "the matrix run measured int keys only (no `prefix` string-key cells): there is no string-key answer by write share either"
                : "the matrix run has no uniform int-key cells");
        }
        else if (keyed.Count > 0)
        {
            var nearest = CellDistance.Nearest(
                keyed.Select(answer => (answer.Size, answer.Threads)).Distinct(),
                cell => CellDistance.Between(cell.Size, cell.Threads, null, query.Size, query.Readers, null))[0];
            matrixCells = [.. keyed.Where(answer => answer.Size == nearest.Size && answer.Threads == nearest.Threads)];
            matrixExact = nearest.Size == query.Size && nearest.Threads == query.Readers;
        }
        else
        {
            notes.Add("no matrix run was given: there is no answer by write share");
        }

        return new Recommendation(query, rateCells, rateExact, matrixCells, matrixExact, notes);
    }
}

namespace Lab.Plotter.Analysis;

/// <summary>
/// Churn (remove + reinsert pairs) beside the update mix of the same read share: per keys, size, threads and
/// map, both rows and churn ÷ updates of the same map (null when the run has no update cell).
/// </summary>
internal static class ChurnTable
{
    /// <summary>One map of one cell shape: its update and churn rows and the ratio.</summary>
    internal sealed record Row(string Keys, int Size, int Threads, string Map, SummaryRow? Updates, SummaryRow Churn, double? Ratio);

    /// <summary>The churn mix's read share, the update mix it is set beside, and the rows; null when the run has no churn cells.</summary>
    public static (int ReadPercent, string UpdateMix, IReadOnlyList<Row> Rows)? Of(MatrixView matrix)
    {
        if (!matrix.Mixes.Contains(MatrixMixes.Churn))
        {
            return null;
        }

        var readPercent = matrix.ReadPercentOf(MatrixMixes.Churn) ?? 0;
        var update = MatrixMixes.UpdateMixId(readPercent);
        List<Row> rows = [.. from keys in matrix.Keys
                             from size in matrix.Sizes
                             from threads in matrix.Threads
                             from map in matrix.Maps
                             let churn = matrix.Find(map, MatrixMixes.Churn, size, threads, keys)
                             where churn is not null
                             let updates = matrix.Find(map, update, size, threads, keys)
                             select new Row(keys, size, threads, map, updates, churn, updates is null ? null : churn.NsPerOp / updates.NsPerOp)];
        return (readPercent, update, rows);
    }
}

namespace Lab.Plotter.Analysis;

/// <summary>
/// Each map measured with more than one key distribution, per mix, size and threads: its row per distribution
/// (in the matrix's key order) and the ratio of each to the same map's uniform-key cell (above 1: slower).
/// </summary>
internal static class KeyDistributionTable
{
    /// <summary>One map of one cell shape across the key distributions; <see cref="RatiosToUniform"/> is null at uniform keys, where a row is missing, or without a uniform row.</summary>
    internal sealed record Row(string Mix, int Size, int Threads, string Map, IReadOnlyList<SummaryRow?> ByKeys, IReadOnlyList<double?> RatiosToUniform);

    /// <summary>The rows, mixes then sizes, threads and maps in display order; empty when every cell has uniform keys.</summary>
    public static IReadOnlyList<Row> Of(MatrixView matrix)
    {
        if (matrix.Keys.All(keys => keys == KeyDistributions.Uniform))
        {
            return [];
        }

        var uniformIndex = matrix.Keys.ToList().IndexOf(KeyDistributions.Uniform);
        return [.. from mix in matrix.Mixes
                   from size in matrix.Sizes
                   from threads in matrix.Threads
                   from map in matrix.Maps
                   let byKeys = matrix.Keys.Select(keys => matrix.Find(map, mix, size, threads, keys)).ToList()
                   where byKeys.Count(row => row is not null) >= 2
                   let uniform = uniformIndex >= 0 ? byKeys[uniformIndex] : null
                   select new Row(mix, size, threads, map, byKeys, [.. byKeys.Select((row, i) => row is null || uniform is null || i == uniformIndex ? (double?)null : row.NsPerOp / uniform.NsPerOp)])];
    }
}

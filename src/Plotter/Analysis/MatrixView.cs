
namespace Lab.Plotter.Analysis;

/// <summary>
/// The <c>matrix</c> scenario rows of a run, indexed by cell, with each dimension's values in display
/// order (maps as <see cref="MapIds"/>, mixes most reads first, sizes and threads ascending, keys in
/// contract order). Every enumeration is deterministic for the same CSVs.
/// </summary>
internal sealed class MatrixView
{
    private readonly Dictionary<(string Map, string Mix, int Size, int Threads, string Keys), SummaryRow> byCell;

    public MatrixView(BenchmarkResults results)
    {
        Results = results;
        Rows = [.. results.Summary.Where(row => row.Cell.Scenario == ScenarioNames.Matrix)];
        byCell = Rows.ToDictionary(row => (row.Cell.Map, row.Cell.Mix, row.Cell.PlottedSize(), row.Cell.Threads, row.Cell.Keys));
        Maps = [.. MapIds.Sort(Rows.Select(row => row.Cell.Map))];
        Mixes = [.. Analysis.Mixes.OrderByMix(Rows).Select(row => row.Cell.Mix).Distinct(StringComparer.Ordinal)];
        Sizes = [.. Rows.Select(row => row.Cell.PlottedSize()).Distinct().Order()];
        Threads = [.. Rows.Select(row => row.Cell.Threads).Distinct().Order()];
        Keys = [.. KeyDistributions.All.Where(keys => Rows.Any(row => row.Cell.Keys == keys))];
    }

    public BenchmarkResults Results { get; }

    public IReadOnlyList<SummaryRow> Rows { get; }

    public IReadOnlyList<string> Maps { get; }

    public IReadOnlyList<string> Mixes { get; }

    public IReadOnlyList<int> Sizes { get; }

    public IReadOnlyList<int> Threads { get; }

    public IReadOnlyList<string> Keys { get; }

    public SummaryRow? Find(string map, string mix, int size, int threads, string keys)
        => byCell.GetValueOrDefault((map, mix, size, threads, keys));

    /// <summary>The read share of a mix (every matrix mix has one: <c>churn</c> reads 90%).</summary>
    public int? ReadPercentOf(string mix) => Rows.First(row => row.Cell.Mix == mix).ReadPercent;

    /// <summary>True for an update mix (<c>readNN</c>), false for churn (remove + reinsert writes).</summary>
    public bool IsUpdateMix(string mix) => Analysis.Mixes.IsUpdateMix(Rows.First(row => row.Cell.Mix == mix));

    /// <summary>A label such as "90% reads" for a mix.</summary>
    public string MixLabel(string mix) => Analysis.Mixes.Label(Rows.First(row => row.Cell.Mix == mix));
}

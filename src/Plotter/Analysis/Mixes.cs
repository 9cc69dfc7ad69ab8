using System.Globalization;

namespace Lab.Plotter.Analysis;

/// <summary>Ordering and labels of operation mixes and sizes, shared by charts and the report.</summary>
internal static class Mixes
{
    /// <summary>True for an update mix (<c>readNN</c>): its writes update existing keys.</summary>
    public static bool IsUpdateMix(SummaryRow row) => MatrixMixes.IsUpdateMix(row.Cell.Mix, row.ReadPercent);

    /// <summary>The size of a matrix or targets cell, which the readers guarantee is present.</summary>
    public static int PlottedSize(this CellId cell) => cell.Size ?? throw new InvalidOperationException($"cell '{cell}' has no size");

    /// <summary>Update mixes first, most reads first (100, 99, 90, 50), then churn and other mixes by read share and name.</summary>
    public static IEnumerable<SummaryRow> OrderByMix(IEnumerable<SummaryRow> rows)
        => rows.OrderBy(row => IsUpdateMix(row) ? 0 : 1)
            .ThenByDescending(row => row.ReadPercent ?? 0)
            .ThenBy(row => row.Cell.Mix, StringComparer.Ordinal);

    /// <summary>"90% reads" for an update mix, "churn, 90% reads" for churn, the mix id otherwise.</summary>
    public static string Label(SummaryRow row)
        => row.ReadPercent is not { } percent ? row.Cell.Mix
            : IsUpdateMix(row) ? $"{percent}% reads"
            : $"{row.Cell.Mix}, {percent}% reads";

    /// <summary>1000 → "1K", 100000 → "100K", 1000000 → "1M".</summary>
    public static string SizeLabel(int size)
        => size % 1_000_000 == 0 ? $"{size / 1_000_000}M"
            : size % 1_000 == 0 ? $"{size / 1_000}K"
            : size.ToString(CultureInfo.InvariantCulture);

    public static string ThreadsLabel(int threads) => threads == 1 ? "1 thread" : $"{threads} threads";
}

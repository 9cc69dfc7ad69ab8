using System.Globalization;

namespace Lab.Plotter.Data;

/// <summary>Ordering and labels of operation mixes and sizes, shared by charts and the report.</summary>
internal static class Mixes
{
    /// <summary>Read-share mixes first, most reads first (100, 99, 90, 50), then other mixes by name.</summary>
    public static IEnumerable<SummaryRow> OrderByMix(IEnumerable<SummaryRow> rows)
        => rows.OrderBy(row => row.Cell.ReadPercent is null ? 1 : 0)
            .ThenByDescending(row => row.Cell.ReadPercent ?? 0)
            .ThenBy(row => row.Cell.Mix, StringComparer.Ordinal);

    public static string Label(CellKey cell)
        => cell.ReadPercent is { } percent ? $"{percent}% reads" : cell.Mix;

    /// <summary>1000 → "1K", 100000 → "100K", 1000000 → "1M".</summary>
    public static string SizeLabel(int size)
        => size % 1_000_000 == 0 ? $"{size / 1_000_000}M"
            : size % 1_000 == 0 ? $"{size / 1_000}K"
            : size.ToString(CultureInfo.InvariantCulture);

    public static string ThreadsLabel(int threads) => threads == 1 ? "1 thread" : $"{threads} threads";
}

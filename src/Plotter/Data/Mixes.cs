using System.Globalization;

namespace Lab.Plotter.Data;

/// <summary>Ordering and labels of operation mixes and sizes, shared by charts and the report.</summary>
internal static class Mixes
{
    /// <summary>The churn mix: its writes are remove + reinsert pairs of one key, not updates; it has a read share (90).</summary>
    public const string Churn = "churn";

    /// <summary>The id of the update mix with this read share: <c>read90</c> for 90.</summary>
    public static string UpdateMixId(int readPercent) => string.Create(CultureInfo.InvariantCulture, $"read{readPercent}");

    /// <summary>True for an update mix (<c>readNN</c>): its writes update existing keys.</summary>
    public static bool IsUpdateMix(CellKey cell) => cell.ReadPercent is { } percent && cell.Mix == UpdateMixId(percent);

    /// <summary>A matrix cell's mix is <c>readNN</c> with read share NN, or <see cref="Churn"/> with any read share.</summary>
    public static bool IsValidMatrixMix(string mix, int? readPercent)
        => readPercent is { } percent && (mix == UpdateMixId(percent) || mix == Churn);

    /// <summary>Update mixes first, most reads first (100, 99, 90, 50), then churn and other mixes by read share and name.</summary>
    public static IEnumerable<SummaryRow> OrderByMix(IEnumerable<SummaryRow> rows)
        => rows.OrderBy(row => IsUpdateMix(row.Cell) ? 0 : 1)
            .ThenByDescending(row => row.Cell.ReadPercent ?? 0)
            .ThenBy(row => row.Cell.Mix, StringComparer.Ordinal);

    /// <summary>"90% reads" for an update mix, "churn, 90% reads" for churn, the mix id otherwise.</summary>
    public static string Label(CellKey cell)
        => cell.ReadPercent is not { } percent ? cell.Mix
            : IsUpdateMix(cell) ? $"{percent}% reads"
            : $"{cell.Mix}, {percent}% reads";

    /// <summary>1000 → "1K", 100000 → "100K", 1000000 → "1M".</summary>
    public static string SizeLabel(int size)
        => size % 1_000_000 == 0 ? $"{size / 1_000_000}M"
            : size % 1_000 == 0 ? $"{size / 1_000}K"
            : size.ToString(CultureInfo.InvariantCulture);

    public static string ThreadsLabel(int threads) => threads == 1 ? "1 thread" : $"{threads} threads";
}

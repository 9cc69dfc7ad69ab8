using System.Globalization;

namespace Lab.Plotter.Reports;

/// <summary>Small formatting helpers for the experiments report.</summary>
internal static class Markdown
{
    public static string Row(params object?[] cells) => "| " + string.Join(" | ", cells.Select(cell => cell?.ToString() ?? "-")) + " |";

    public static string Header(params string[] columns) => Row(columns) + "\n" + Row([.. columns.Select(_ => "---")]);

    /// <summary>CSV text made safe inside a Markdown table cell: pipes escaped, line breaks as spaces.</summary>
    public static string Escape(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>The value in <paramref name="format"/>; G3 prints values of 1,000 and more as whole numbers ("1,234", not "1.23E+03").</summary>
    public static string Number(double? value, string format = "G3") => value switch
    {
        null => "-",
        { } v when format == "G3" && Math.Abs(v) >= 1_000 => v.ToString("N0", CultureInfo.InvariantCulture),
        { } v => v.ToString(format, CultureInfo.InvariantCulture),
    };

    public static string Size(int size) => size >= 1_000_000 && size % 1_000_000 == 0
        ? $"{size / 1_000_000}M"
        : size >= 1_000 && size % 1_000 == 0 ? $"{size / 1_000}K" : size.ToString(CultureInfo.InvariantCulture);

    public static string Fig(Figure? figure, string format = "G3") => figure?.Format(format) ?? "-";

    public static string Mb(double? bytes) => bytes is { } b ? (b / 1e6).ToString("0.0", CultureInfo.InvariantCulture) : "-";
}

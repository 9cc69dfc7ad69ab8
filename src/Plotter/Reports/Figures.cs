using System.Globalization;

namespace Lab.Plotter.Reports;

/// <summary>Number formats of the report: invariant culture, three significant figures for measurements.</summary>
internal static class Figures
{
    public static string Number(double value)
        => value switch
        {
            0 => "0",
            >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
            >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
            >= 1 => value.ToString("0.00", CultureInfo.InvariantCulture),
            _ => value.ToString("0.###", CultureInfo.InvariantCulture),
        };

    public static string Optional(double? value) => value is { } v ? Number(v) : "–";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double ratio) => ratio.ToString(ratio < 1 ? "0.00#" : "0.00", CultureInfo.InvariantCulture) + "×";

    public static string Integer(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}

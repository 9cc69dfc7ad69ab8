using System.Globalization;

namespace Lab.Plotter.Reports;

/// <summary>How the comparison's human-readable outputs print numbers (invariant culture).</summary>
internal static class ReportFormat
{
    /// <summary>A fraction as a percentage without a space: 0.05 -> "5%", 0.125 -> "12.5%".</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A ratio with three decimals: "1.043".</summary>
    public static string Ratio(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>Nanoseconds with two decimals under 100 ns, one above; "-" when unknown (NaN).</summary>
    public static string Ns(double value) => double.IsNaN(value) ? "-" : value.ToString(value < 100 ? "F2" : "F1", CultureInfo.InvariantCulture);

    /// <summary>Any other number, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Lab.Results;

/// <summary>The <c>mix</c> values of matrix cells and their <c>read_pct</c>.</summary>
public static class MatrixMixes
{
    /// <summary>The churn mix: its writes are remove + reinsert pairs of one key, not updates; it has a read share (90).</summary>
    public const string Churn = "churn";

    /// <summary>The id of the update mix with this read share: <c>read90</c> for 90.</summary>
    public static string UpdateMixId(int readPercent) => string.Create(CultureInfo.InvariantCulture, $"read{readPercent}");

    /// <summary>True for an update mix (<c>readNN</c> with read share NN): its writes update existing keys.</summary>
    public static bool IsUpdateMix(string mix, int? readPercent) => readPercent is { } percent && mix == UpdateMixId(percent);

    /// <summary>A matrix cell's mix is <c>readNN</c> with read share NN, or <see cref="Churn"/> with any read share.</summary>
    public static bool IsValid(string mix, int? readPercent) => readPercent is not null && (IsUpdateMix(mix, readPercent) || mix == Churn);
}

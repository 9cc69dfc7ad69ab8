using System.Globalization;

namespace Lab.Results;

/// <summary>
/// How a rate run's writer target is written (<c>write_rate</c>, and the rate part of a
/// <see cref="RateCellId"/>): a non-negative integer of writes per second (<c>0</c>: no writer), or
/// <see cref="MaxLabel"/> (each write starts when the previous one returned).
/// </summary>
public static class WriteRates
{
    /// <summary>The label of an unthrottled writer.</summary>
    public const string MaxLabel = "max";

    /// <summary>The label of <paramref name="perSecond"/>; null is <see cref="MaxLabel"/>.</summary>
    public static string Label(double? perSecond) => perSecond is { } rate ? rate.ToString("0.###", CultureInfo.InvariantCulture) : MaxLabel;

    /// <summary>Parses a label: <see cref="MaxLabel"/> (null) or a non-negative integer.</summary>
    public static bool TryParse(string text, out double? perSecond)
    {
        perSecond = null;
        if (text == MaxLabel)
        {
            return true;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rate))
        {
            return false;
        }

        perSecond = rate;
        return true;
    }
}

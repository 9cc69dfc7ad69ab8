using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// The value axis of a chart: logarithmic when the positive values span at least a decade
/// (max / min ≥ 10), linear from zero otherwise. ScottPlot 5 has no log axis: on a log scale values are
/// plotted as log10 and manual ticks are labelled with the real values.
/// </summary>
internal sealed class ValueScale
{
    private ValueScale(bool isLog, double floor)
    {
        IsLog = isLog;
        Floor = floor;
    }

    public bool IsLog { get; }

    /// <summary>Plotted coordinate of the axis bottom (0 linear, a whole power of ten in log).</summary>
    public double Floor { get; }

    public static ValueScale For(IEnumerable<double> values)
    {
        var positive = values.Where(value => value > 0).ToList();
        if (positive.Count == 0 || positive.Max() / positive.Min() < 10)
        {
            return new ValueScale(false, 0);
        }

        return new ValueScale(true, Math.Floor(Math.Log10(positive.Min())));
    }

    /// <summary>A log scale whatever the span (latency charts: the issue asks for log axes); linear when no value is positive.</summary>
    public static ValueScale Log(IEnumerable<double> values)
    {
        var positive = values.Where(value => value > 0).ToList();
        return positive.Count == 0 ? new ValueScale(false, 0) : new ValueScale(true, Math.Floor(Math.Log10(positive.Min())));
    }

    /// <summary>The plotted coordinate of a value; on a log scale zero and below sit on the floor.</summary>
    public double Plot(double value) => !IsLog ? value : value > 0 ? Math.Log10(value) : Floor;

    public string AxisLabel(string label) => IsLog ? $"{label}, log scale" : label;

    /// <summary>Puts the ticks on the left axis and sets its range from <see cref="Floor"/> to just above the highest plotted value.</summary>
    public void Apply(Plot plot, double highestValue)
    {
        var top = Plot(highestValue);
        top = top <= Floor ? Floor + 1 : top;
        top += (top - Floor) * 0.08;
        plot.Axes.Left.TickGenerator = IsLog
            ? LogTicks(Floor, top)
            : new NumericAutomatic { TargetTickCount = 7, LabelFormatter = value => value.ToString("G4", CultureInfo.InvariantCulture) };
        plot.Axes.SetLimitsY(Floor, top);
    }

    /// <summary>
    /// Log ticks: a labelled major tick at every power of ten, labelled 2 and 5 multiples too when the
    /// axis spans at most three decades (so values can be read off), unlabelled minor ticks at the rest.
    /// </summary>
    private static NumericManual LogTicks(double floor, double top)
    {
        var ticks = new NumericManual();
        var labelHalves = top - floor <= 3;
        for (var exponent = (int)Math.Floor(floor); exponent <= Math.Ceiling(top); exponent++)
        {
            for (var multiple = 1; multiple <= 9; multiple++)
            {
                var position = exponent + Math.Log10(multiple);
                if (position < floor - 1e-9 || position > top)
                {
                    continue;
                }

                if (multiple == 1 || (labelHalves && multiple is 2 or 5))
                {
                    ticks.AddMajor(position, Format(position));
                }
                else
                {
                    ticks.AddMinor(position);
                }
            }
        }

        return ticks;
    }

    private static string Format(double exponent)
    {
        var value = Math.Pow(10, exponent);
        return value >= 1 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Lab.Plotter.Charts;

/// <summary>
/// The value axis of a chart: logarithmic when the positive values span at least a decade
/// (max / min ≥ 10), linear from zero otherwise. ScottPlot 5 has no log axis: on a log scale values are
/// plotted as log10 and the ticks are labelled with the real values (with log-spaced minor ticks).
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

    /// <summary>The plotted coordinate of a value; on a log scale zero and below sit on the floor.</summary>
    public double Plot(double value) => !IsLog ? value : value > 0 ? Math.Log10(value) : Floor;

    public string AxisLabel(string label) => IsLog ? $"{label}, log scale" : label;

    /// <summary>Puts the ticks on the left axis and sets its range from <see cref="Floor"/> to just above the highest plotted value.</summary>
    public void Apply(Plot plot, double highestValue)
    {
        if (IsLog)
        {
            plot.Axes.Left.TickGenerator = new NumericAutomatic
            {
                IntegerTicksOnly = true,
                MinorTickGenerator = new LogMinorTickGenerator(),
                LabelFormatter = Format,
            };
        }
        else
        {
            plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("G4", CultureInfo.InvariantCulture) };
        }

        var top = Plot(highestValue);
        top = top <= Floor ? Floor + 1 : top;
        plot.Axes.SetLimitsY(Floor, top + ((top - Floor) * 0.08));
    }

    private static string Format(double exponent)
    {
        var value = Math.Pow(10, exponent);
        return value >= 1 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}

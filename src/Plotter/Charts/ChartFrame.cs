using ScottPlot;
using ScottPlot.Panels;

namespace Lab.Plotter.Charts;

/// <summary>
/// The frame every chart shares: a fixed 1000 x 600 px canvas (readable at README width), a title
/// stating what is held fixed, the machine caption as a smaller grey subtitle, axis labels with units,
/// and the legend in its own panel right of the data so it never covers a point.
/// </summary>
internal static class ChartFrame
{
    public const int Width = 1000;

    public const int Height = 600;

    /// <summary>A sans-serif font shipped with common Linux images; ScottPlot falls back to its default when absent.</summary>
    public const string FontName = "DejaVu Sans";

    public static Plot Create(string title, string caption, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.FontSize = 17;
        var subtitle = new TitlePanel();
        subtitle.Label.Text = caption;
        subtitle.Label.FontName = FontName;
        subtitle.Label.FontSize = 12;
        subtitle.Label.Bold = false;
        subtitle.Label.ForeColor = Color.FromHex("#555555");
        plot.Axes.AddPanel(subtitle);
        plot.Axes.Title.Label.FontName = FontName;
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontName = FontName;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontName = FontName;
            axis.TickLabelStyle.FontSize = 13;
        }
        return plot;
    }

    public static void ShowLegend(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Right);
        panel.Alignment = Alignment.UpperCenter;
        plot.Legend.FontSize = 13;
        plot.Legend.FontName = FontName;
    }

    /// <summary>Saves as PNG at the frame's fixed size and returns the file's record.</summary>
    public static ChartFile Save(Plot plot, ChartContext context, string fileName, ChartKind kind)
        => Save(plot, context.Folder, fileName, kind);

    /// <summary>Saves as PNG into <paramref name="folder"/> at the frame's fixed size and returns the file's record.</summary>
    public static ChartFile Save(Plot plot, string folder, string fileName, ChartKind kind)
    {
        plot.SavePng(Path.Combine(folder, fileName), Width, Height);
        return new ChartFile(fileName, kind, plot.Axes.Title.Label.Text);
    }
}

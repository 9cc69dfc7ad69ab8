namespace Lab.Plotter;

/// <summary>
/// Entry point. <c>Lab.Plotter [results-folder]</c> draws the charts and the report;
/// <c>Lab.Plotter compare ...</c> judges two runs against each other;
/// <c>Lab.Plotter experiments &lt;folder&gt;</c> writes EXPERIMENTS.md of an experiments run.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
        => args.Length > 0 && args[0] == "compare"
            ? Comparison.CompareCommand.Run(args[1..])
            : args.Length > 0 && args[0] == "experiments"
                ? Experiments.ExperimentsCommand.Run(args[1..], Console.Out, Console.Error)
                : PlotCommand.Run(args);
}

namespace Lab.Plotter;

/// <summary>
/// Entry point. <c>Lab.Plotter [results-folder]</c> draws the charts and the report;
/// <c>Lab.Plotter publish &lt;run folder&gt;</c> draws them into a run folder and makes it latest;
/// <c>Lab.Plotter compare ...</c> judges two runs against each other; <c>Lab.Plotter power ...</c>
/// estimates from an A/A comparison the smallest slowdown the judge catches;
/// <c>Lab.Plotter experiments &lt;folder&gt;</c> writes EXPERIMENTS.md of an experiments run.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
        => args switch
        {
            ["compare", .. var rest] => CompareCommand.Run(rest),
            ["power", .. var rest] => PowerCommand.Run(rest),
            ["publish", .. var rest] => PublishCommand.Run(rest, Console.Out, Console.Error),
            ["experiments", .. var rest] => ExperimentsCommand.Run(rest, Console.Out, Console.Error),
            _ => PlotCommand.Run(args),
        };
}

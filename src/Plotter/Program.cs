namespace Lab.Plotter;

/// <summary>
/// Entry point: <c>Lab.Plotter [results-folder]</c> draws the charts and the report; the verbs of
/// <see cref="PlotterVerbs.Table"/> (publish, compare, power, experiments) do the rest.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => PlotterVerbs.Run(args, Console.Out, Console.Error);
}

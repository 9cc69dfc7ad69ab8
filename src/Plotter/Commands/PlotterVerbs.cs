using Lab.CommandLine;

namespace Lab.Plotter.Commands;

/// <summary>The plotter's verbs; any other first argument is <see cref="PlotCommand"/>'s (a results folder to redraw).</summary>
internal static class PlotterVerbs
{
    public static VerbTable<PlotterVerb> Table { get; } = new(
        new Verb<PlotterVerb>("publish", "draw a run folder, then make it results/latest (or latest-rate)", PublishCommand.Run),
        new Verb<PlotterVerb>("compare", "judge two runs (or in-process pairs) cell by cell", CompareCommand.Run),
        new Verb<PlotterVerb>("power", "from an A/A comparison, the smallest slowdown the judge catches", PowerCommand.Run),
        new Verb<PlotterVerb>("experiments", "EXPERIMENTS.md and charts of an experiments run", ExperimentsCommand.Run),
        new Verb<PlotterVerb>("recommend", "which map for a size, readers and write rate, from measured runs", RecommendCommand.Run),
        new Verb<PlotterVerb>("agreement", "how many confident decisions of two rate runs flip", AgreementCommand.Run));

    /// <summary>Runs the verb <paramref name="args"/> starts with, else the plot command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => Table.TryMatch(args, out var verb, out var rest) ? verb(rest, output, error) : PlotCommand.Run(args, output, error);
}

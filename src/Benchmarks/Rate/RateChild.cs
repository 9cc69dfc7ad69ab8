using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The child process of a rate run (<c>rate-cell --cells ID;ID... --window-ms N --out DIR</c>, started
/// by <see cref="RateRunner"/>, not meant to be typed): checks that the process runs the cells' GC
/// mode, warms up, measures the timer, then measures each cell in order, writing
/// <c>DIR/&lt;cell&gt;.csv</c> (its <see cref="LatencyRow"/> in latency.csv's own format) and the cell's histogram log, and printing
/// <c>cell-done ID</c> after each.
/// </summary>
internal static class RateChild
{
    /// <summary>The verb that starts a child.</summary>
    public const string Word = "rate-cell";

    /// <summary>The line prefix announcing a finished cell.</summary>
    public const string DonePrefix = "cell-done ";

    /// <summary>The result file of a cell inside the output folder.</summary>
    public static string RowFile(string outputDirectory, RateCell cell) => Path.Combine(outputDirectory, cell.Id.ToString().Replace('/', '_') + ".csv");

    public static readonly ValueOption<IReadOnlyList<RateCell>> Cells = new("--cells", "ID;ID...", "the cells to measure, in order (one map, size, readers and GC mode)", ValueParsers.Of("a rate cell id", RateCell.Parse).List(';'));

    public static readonly ValueOption<int> WindowMs = new("--window-ms", "N", "measured time per cell", ValueParsers.PositiveInteger);

    public static readonly ValueOption<string> Out = new("--out", "<dir>", "where each cell's row and histogram log go", ValueParsers.Text);

    public static Command CommandLine { get; } = new($"Lab.Benchmarks {Word}", "The child process of a rate run (started by the rate verb, not typed by people).")
    {
        Usage = [$"{Word} --cells ID;ID... --window-ms N --out DIR"],
        Options = [Cells, WindowMs, Out],
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => CommandLine.Run(args, output, error, parsed =>
        {
            if (parsed.Get(Cells) is not { } cells || !parsed.Has(WindowMs) || parsed.Get(Out) is not { } outputDirectory)
            {
                throw new UsageException($"{Word} needs --cells, --window-ms and --out");
            }

            if (cells.Select(cell => cell.ProcessGroup).Distinct().Count() != 1)
            {
                throw new UsageException($"{Word}: the cells of one process must share map, size, readers and GC mode");
            }

            return Measure(cells, TimeSpan.FromMilliseconds(parsed.Get(WindowMs)), outputDirectory, output, error);
        });

    private static int Measure(IReadOnlyList<RateCell> cells, TimeSpan window, string outputDirectory, TextWriter output, TextWriter error)
    {
        var gc = GcMode.Current();
        if (gc != cells[0].Gc)
        {
            error.WriteLine($"error: the cells need GC mode {cells[0].Gc.Id} ({cells[0].Gc.Description}); this process runs {gc?.Id ?? "another mode"}.");
            return 1;
        }

        var settled = RateCellMeasurer.WarmUp(cells[0], output);
        var timer = RateCellMeasurer.TimerNanosecondsPerCall();
        foreach (var cell in cells)
        {
            var row = RateCellMeasurer.Measure(cell, window, timer, settled, Path.Combine(outputDirectory, cell.HistogramPath));
            LatencyRow.Table.WriteFile(RowFile(outputDirectory, cell), [row]);
            output.WriteLine(DonePrefix + cell.Id);
            output.Flush();
        }

        return 0;
    }

    /// <summary>The arguments that make a child measure <paramref name="cells"/>.</summary>
    public static IReadOnlyList<string> Arguments(IEnumerable<RateCell> cells, TimeSpan window, string outputDirectory)
        => [Word, Cells.Name, string.Join(';', cells.Select(cell => cell.Id)), WindowMs.Name, ((long)window.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), Out.Name, outputDirectory];
}

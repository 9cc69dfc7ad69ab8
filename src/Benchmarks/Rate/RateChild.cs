using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// The child process of a rate run (<c>rate-cell --cells ID;ID... --replicate N --window-ms N --warmup-cap-ms N --out DIR</c>,
/// started by <see cref="RateRunner"/>, not meant to be typed): checks that the process runs the cells' GC
/// mode, warms the JIT up over every map of the cells, measures the timer, then measures each cell in order
/// (each after its own steady-state warm-up), writing
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
    public static string RowFile(string outputDirectory, RateCell cell) => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(cell.HistogramPath) + ".csv");

    public static readonly ValueOption<IReadOnlyList<RateCell>> Cells = new("--cells", "ID;ID...", "the cells to measure, in order (one size, readers and GC mode)", ValueParsers.Of("a rate cell id", id => RateCell.Parse(id)).List(';'));

    public static readonly ValueOption<int> Replicate = new("--replicate", "N", "which replicate these measurements are (default 1)", ValueParsers.PositiveInteger);

    public static readonly ValueOption<int> WindowMs = new("--window-ms", "N", "measured time per cell", ValueParsers.PositiveInteger);

    public static readonly ValueOption<int> WarmupCapMs = new("--warmup-cap-ms", "N", "longest steady-state warm-up per cell", ValueParsers.PositiveInteger);

    public static readonly ValueOption<string> Out = new("--out", "<dir>", "where each cell's row and histogram log go", ValueParsers.Text);

    public static Command CommandLine { get; } = new($"Lab.Benchmarks {Word}", "The child process of a rate run (started by the rate verb, not typed by people).")
    {
        Usage = [$"{Word} --cells ID;ID... --replicate N --window-ms N --warmup-cap-ms N --out DIR"],
        Options = [Cells, Replicate, WindowMs, WarmupCapMs, Out],
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        => CommandLine.Run(args, output, error, parsed =>
        {
            if (parsed.Get(Cells) is not { } parsedCells || !parsed.Has(WindowMs) || !parsed.Has(WarmupCapMs) || parsed.Get(Out) is not { } outputDirectory)
            {
                throw new UsageException($"{Word} needs --cells, --window-ms, --warmup-cap-ms and --out");
            }

            var replicate = parsed.Has(Replicate) ? parsed.Get(Replicate) : 1;
            IReadOnlyList<RateCell> cells = [.. parsedCells.Select(cell => cell with { Replicate = replicate })];
            if (cells.Select(cell => cell.ProcessGroup).Distinct().Count() != 1)
            {
                throw new UsageException($"{Word}: the cells of one process must share size, readers and GC mode");
            }

            return Measure(cells, TimeSpan.FromMilliseconds(parsed.Get(WindowMs)), TimeSpan.FromMilliseconds(parsed.Get(WarmupCapMs)), outputDirectory, output, error);
        });

    private static int Measure(IReadOnlyList<RateCell> cells, TimeSpan window, TimeSpan warmupCap, string outputDirectory, TextWriter output, TextWriter error)
    {
        var gc = GcMode.Current();
        if (gc != cells[0].Gc)
        {
            error.WriteLine($"error: the cells need GC mode {cells[0].Gc.Id} ({cells[0].Gc.Description}); this process runs {gc?.Id ?? "another mode"}.");
            return 1;
        }

        var settled = RateCellMeasurer.WarmUp(cells, output);
        var timer = RateCellMeasurer.TimerNanosecondsPerCall();
        foreach (var cell in cells)
        {
            var row = RateCellMeasurer.Measure(cell, window, warmupCap, timer, settled, Path.Combine(outputDirectory, cell.HistogramPath));
            LatencyRow.Table.WriteFile(RowFile(outputDirectory, cell), [row]);
            output.WriteLine(DonePrefix + cell.Id);
            output.Flush();
        }

        return 0;
    }

    /// <summary>The arguments that make a child measure <paramref name="process"/>'s cells.</summary>
    public static IReadOnlyList<string> Arguments(RateProcessPlan process, TimeSpan window, TimeSpan warmupCap, string outputDirectory)
        =>
        [
            Word,
            Cells.Name, string.Join(';', process.Cells.Select(cell => cell.Id)),
            Replicate.Name, Invariant(process.Replicate),
            WindowMs.Name, Invariant((long)window.TotalMilliseconds),
            WarmupCapMs.Name, Invariant((long)warmupCap.TotalMilliseconds),
            Out.Name, outputDirectory,
        ];

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

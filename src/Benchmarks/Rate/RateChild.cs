using Lab.Benchmarks.Cli;
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
    /// <summary>The command word.</summary>
    public const string Command = "rate-cell";

    /// <summary>The line prefix announcing a finished cell.</summary>
    public const string DonePrefix = "cell-done ";

    /// <summary>The result file of a cell inside the output folder.</summary>
    public static string RowFile(string outputDirectory, RateCell cell) => Path.Combine(outputDirectory, cell.Id.ToString().Replace('/', '_') + ".csv");

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        IReadOnlyList<RateCell> cells;
        TimeSpan window;
        string outputDirectory;
        try
        {
            (cells, window, outputDirectory) = Parse(args);
        }
        catch (LabUsageException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return 2;
        }

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
        => [Command, "--cells", string.Join(';', cells.Select(cell => cell.Id)), "--window-ms", ((long)window.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", outputDirectory];

    private static (IReadOnlyList<RateCell> Cells, TimeSpan Window, string Output) Parse(IReadOnlyList<string> args)
    {
        string? cells = null, window = null, output = null;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--cells": cells = args[i + 1]; break;
                case "--window-ms": window = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: throw new LabUsageException($"{Command}: unknown option '{args[i]}'.");
            }
        }

        if (cells is null || window is null || output is null || args.Count % 2 != 0)
        {
            throw new LabUsageException($"{Command} needs --cells, --window-ms and --out.");
        }

        var parsed = cells.Split(';').Select(id => RateCell.Parse(id) ?? throw new LabUsageException($"{Command}: '{id}' is not a rate cell id.")).ToList();
        if (parsed.Select(cell => cell.ProcessGroup).Distinct().Count() != 1)
        {
            throw new LabUsageException($"{Command}: the cells of one process must share map, size, readers and GC mode.");
        }

        return int.TryParse(window, out var ms) && ms > 0
            ? (parsed, TimeSpan.FromMilliseconds(ms), output)
            : throw new LabUsageException($"{Command}: '{window}' is not a window in ms.");
    }
}

using Lab.CommandLine;
using Lab.Results;

namespace Lab.Paired;

/// <summary>The parsed command line of <c>Lab.Paired</c>.</summary>
/// <param name="BaseFolder">The base build's output folder.</param>
/// <param name="DiffFolder">The diff build's output folder; null with <paramref name="Maps"/>.</param>
/// <param name="Maps">Two maps of the base build to compare, in place of two builds.</param>
/// <param name="Cells">The cells to measure (with <c>{map}</c> in place of the map when comparing maps).</param>
/// <param name="SliceTime">The shortest slice (the slower side's).</param>
/// <param name="CellTime">Measured time per cell after warm-up and calibration.</param>
/// <param name="MinimumPairs">Fewest measured pairs per cell.</param>
/// <param name="Seed">Seed of the cell order and of each pair's order.</param>
/// <param name="DiffFirst">Load the diff build (map b) first and create its runner first.</param>
internal sealed record PairedOptions(
    string BaseFolder,
    string? DiffFolder,
    (string A, string B)? Maps,
    IReadOnlyList<string> Cells,
    TimeSpan SliceTime,
    TimeSpan CellTime,
    int MinimumPairs,
    int Seed,
    bool DiffFirst)
{
    public static readonly ValueOption<string> Base = new("--base", "<build folder>", "the base build (src/Benchmarks/bin/Release/net10.0 of a checkout)", ValueParsers.Text);

    public static readonly ValueOption<string> Diff = new("--diff", "<build folder>", "the diff build", ValueParsers.Text);

    public static readonly ValueOption<(string A, string B)> MapPair = new(
        "--maps",
        "<a>,<b>",
        "two maps of the base build, in place of --diff (cells with {map})",
        ValueParsers.Of<(string, string)>("two map ids such as cow,dictionary", text => text.Split(',') is [var a, var b] && a.Length > 0 && b.Length > 0 ? (a, b) : null));

    public static readonly ValueOption<string> Cell = new("--cell", "<id>", "a cell id of measurements.csv (matrix/... or targets/.../lookup|update|insert/...); repeatable", ValueParsers.Text);

    public static readonly ValueOption<IReadOnlyList<string>> CellsFile = new(
        "--cells-file",
        "<f>",
        "cell ids, one per line (# comments)",
        ValueParsers.Of<IReadOnlyList<string>>("a readable file of cell ids", path => File.Exists(path) ? ReadCells(path) : null));

    public static readonly ValueOption<double> SliceMs = new("--slice-ms", "<ms>", "shortest slice, the slower side's (default 1)", ValueParsers.PositiveNumber);

    public static readonly ValueOption<double> CellMs = new("--cell-ms", "<ms>", "measured time per cell after warm-up (default 400)", ValueParsers.PositiveNumber);

    public static readonly ValueOption<int> MinPairs = new("--min-pairs", "<n>", "fewest measured pairs per cell (default 30)", ValueParsers.PositiveInteger);

    public static readonly ValueOption<int> SeedOption = new("--seed", "<n>", "seed of the cell order and the pairs' order (default 1)", ValueParsers.PositiveInteger);

    public static readonly Flag DiffFirstFlag = new("--diff-first", "load the diff build (or map b) first");

    public static Command Command { get; } = new("Lab.Paired", """
        One process of the in-process paired comparison: loads two builds of src/Benchmarks (or one build
        for two maps) into their own load contexts and, for every cell in a shuffled order, alternates
        slices of both; prints one CSV row per cell, this process's median per-pair log ratio.
        """)
    {
        Usage =
        [
            "Lab.Paired --base <build folder> --diff <build folder> (--cell <id>)... [options]",
            "Lab.Paired --base <build folder> --maps <a>,<b> (--cell <id with {map}>)... [options]",
        ],
        Options = [Base, Diff, MapPair, Cell, CellsFile, SliceMs, CellMs, MinPairs, SeedOption, DiffFirstFlag],
        Notes = """
            Each cell: both runners warmed in turns until the JIT has compiled nothing for 100 ms (at most
            6 s), the slice calibrated, then pairs of one slice each in random order.
            Build folders are src/Benchmarks/bin/Release/net10.0 of each checkout. Output: CSV rows
            cell,a,b,load_order,pairs,slice_invocations,settled,median_log_ratio (b over a; above 0 is slower).
            Exit codes: 0 done, 2 bad input, 3 a build lacks the paired contract: use launch mode.
            """,
    };

    /// <summary>Parses <paramref name="args"/>; null for --help.</summary>
    /// <exception cref="UsageException">A bad option or value, a missing one, options that do not go together.</exception>
    public static PairedOptions? Parse(IReadOnlyList<string> args)
    {
        var parsed = Command.Parse(args);
        return parsed.HelpRequested ? null : From(parsed);
    }

    /// <summary>The options <paramref name="parsed"/> gives.</summary>
    /// <exception cref="UsageException">A missing option, options that do not go together, a bad cell id.</exception>
    public static PairedOptions From(ParseResult parsed)
    {
        var @base = parsed.Get(Base);
        var diff = parsed.Get(Diff);
        (string A, string B)? maps = parsed.Has(MapPair) ? parsed.Get(MapPair) : null;
        List<string> cells = [.. parsed.All(Cell), .. parsed.All(CellsFile).SelectMany(file => file)];
        if (@base is null || cells.Count == 0 || (diff is null && maps is null))
        {
            throw new UsageException("--base, --cell (or --cells-file) and either --diff or --maps are required");
        }

        if (maps is not null && cells.FirstOrDefault(c => !(CellId.TryParse(c, out var id) && id.IsTemplate)) is { } plain)
        {
            throw new UsageException($"--maps needs cells with {CellId.MapPlaceholder} in place of the map, got {plain}");
        }

        if (cells.Distinct(StringComparer.Ordinal).Count() != cells.Count)
        {
            throw new UsageException("a cell is named twice");
        }

        if (cells.FirstOrDefault(c => !CellId.TryParse(c, out _)) is { } malformed)
        {
            throw new UsageException($"'{malformed}' is not a cell id ({CellId.Shape})");
        }

        return new PairedOptions(
            @base,
            diff,
            maps,
            cells,
            TimeSpan.FromMilliseconds(parsed.Get(SliceMs, 1)),
            TimeSpan.FromMilliseconds(parsed.Get(CellMs, 400)),
            parsed.Get(MinPairs, 30),
            parsed.Get(SeedOption, 1),
            parsed.Has(DiffFirstFlag));
    }

    private static List<string> ReadCells(string path)
        => [.. File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))];
}

using System.Globalization;
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
    /// <summary>Parses <paramref name="args"/>; null for --help. Throws <see cref="ArgumentException"/> on bad input.</summary>
    public static PairedOptions? Parse(IReadOnlyList<string> args)
    {
        string? @base = null, diff = null;
        (string, string)? maps = null;
        var cells = new List<string>();
        double sliceMs = 1, cellMs = 400;
        int minimumPairs = 30, seed = 1;
        var diffFirst = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return null;
            }

            if (name == "--diff-first")
            {
                diffFirst = true;
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"option {name} needs a value (or is unknown)");
            switch (name)
            {
                case "--base": @base = value; break;
                case "--diff": diff = value; break;
                case "--cell": cells.Add(value); break;
                case "--cells-file": cells.AddRange(CellsFile(value)); break;
                case "--maps":
                    maps = value.Split(',') is [var a, var b] && a.Length > 0 && b.Length > 0
                        ? (a, b)
                        : throw new ArgumentException($"--maps {value}: expected two map ids such as cow,dictionary");
                    break;
                case "--slice-ms": sliceMs = PositiveNumber(name, value); break;
                case "--cell-ms": cellMs = PositiveNumber(name, value); break;
                case "--min-pairs": minimumPairs = Positive(name, value); break;
                case "--seed": seed = Positive(name, value); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (@base is null || cells.Count == 0 || (diff is null && maps is null))
        {
            throw new ArgumentException("--base, --cell (or --cells-file) and either --diff or --maps are required (see --help)");
        }

        if (maps is not null && cells.FirstOrDefault(c => !(CellId.TryParse(c, out var id) && id.IsTemplate)) is { } plain)
        {
            throw new ArgumentException($"--maps needs cells with {CellId.MapPlaceholder} in place of the map, got {plain}");
        }

        if (cells.Distinct(StringComparer.Ordinal).Count() != cells.Count)
        {
            throw new ArgumentException("a cell is named twice");
        }

        if (cells.FirstOrDefault(c => !CellId.TryParse(c, out _)) is { } malformed)
        {
            throw new ArgumentException($"'{malformed}' is not a cell id ({CellId.Shape})");
        }

        return new PairedOptions(@base, diff, maps, cells, TimeSpan.FromMilliseconds(sliceMs), TimeSpan.FromMilliseconds(cellMs), minimumPairs, seed, diffFirst);
    }

    private static List<string> CellsFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"--cells-file {path}: file not found", path);
        }

        return File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
    }

    private static int Positive(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} {value}: expected a positive integer");

    private static double PositiveNumber(string name, string value)
        => double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n)
            ? n
            : throw new ArgumentException($"{name} {value}: expected a positive number");
}

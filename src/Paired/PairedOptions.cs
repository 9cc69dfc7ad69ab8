using System.Globalization;

namespace Lab.Paired;

/// <summary>The parsed command line of <c>Lab.Paired</c>.</summary>
internal sealed record PairedOptions(
    string BaseFolder,
    string? DiffFolder,
    (string A, string B)? Maps,
    string Cell,
    int Pairs,
    int Slice,
    int Warmup,
    int Seed,
    bool DiffFirst)
{
    /// <summary>Parses <paramref name="args"/>; null for --help. Throws <see cref="ArgumentException"/> on bad input.</summary>
    public static PairedOptions? Parse(IReadOnlyList<string> args)
    {
        string? @base = null, diff = null, cell = null;
        (string, string)? maps = null;
        int pairs = 300, slice = 50, warmup = 50, seed = 1;
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
                case "--cell": cell = value; break;
                case "--maps":
                    maps = value.Split(',') is [var a, var b] && a.Length > 0 && b.Length > 0
                        ? (a, b)
                        : throw new ArgumentException($"--maps {value}: expected two map ids such as cow,dictionary");
                    break;
                case "--pairs": pairs = Positive(name, value); break;
                case "--slice": slice = Positive(name, value); break;
                case "--warmup": warmup = Positive(name, value); break;
                case "--seed": seed = Positive(name, value); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (@base is null || cell is null || (diff is null && maps is null))
        {
            throw new ArgumentException("--base, --cell and either --diff or --maps are required (see --help)");
        }

        if (maps is not null && !cell.Contains("{map}", StringComparison.Ordinal))
        {
            throw new ArgumentException($"--maps needs a cell with {{map}} in place of the map, got {cell}");
        }

        return new PairedOptions(@base, diff, maps, cell, pairs, slice, warmup, seed, diffFirst);
    }

    private static int Positive(string name, string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} {value}: expected a positive integer");
}

using System.Globalization;
using Lab.Maps;
using Lab.Results;

namespace Lab.Benchmarks.Diagnostics;

/// <summary>
/// How per-write counters leave the benchmark process. Each process appends one line per cell to
/// <c>&lt;dir&gt;/&lt;cell id with / as _&gt;.counters</c>, the folder named by the environment variable
/// <see cref="DirectoryVariable"/> (set by the lab's command line and inherited by every benchmark
/// process, in-process runs included); the exporter sums the lines of a cell. Without the variable
/// nothing is written.
/// </summary>
/// <remarks>Line format, invariant culture: copies,entries_copied,cas_attempts,cas_retries,rebuilds,compactions,flips,reader_waits,writes.</remarks>
public static class CounterSideFile
{
    /// <summary>Environment variable naming the side-file folder.</summary>
    public const string DirectoryVariable = "LAB_BENCH_COUNTERS_DIR";

    /// <summary>The file of a cell inside <paramref name="directory"/>.</summary>
    public static string PathOf(string directory, CellId cellId) => Path.Combine(directory, cellId.ToString().Replace('/', '_') + ".counters");

    /// <summary>Appends one reading of a cell.</summary>
    public static void Append(string directory, CellId cellId, CounterReading reading)
    {
        Directory.CreateDirectory(directory);
        var c = reading.Counters;
        var line = string.Join(
            ',',
            new[] { c.Copies, c.EntriesCopied, c.CasAttempts, c.CasRetries, c.Rebuilds, c.Compactions, c.Flips, c.ReaderWaits, reading.Writes }
                .Select(value => value.ToString(CultureInfo.InvariantCulture)));
        File.AppendAllText(PathOf(directory, cellId), line + "\n");
    }

    /// <summary>The sum of a cell's readings, or <see langword="null"/> when it has none.</summary>
    /// <exception cref="FormatException">A line is not nine integers.</exception>
    public static CounterReading? Read(string directory, CellId cellId)
    {
        var path = PathOf(directory, cellId);
        if (!File.Exists(path))
        {
            return null;
        }

        CounterReading? total = null;
        foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
        {
            var fields = line.Split(',');
            if (fields.Length != 9)
            {
                throw new FormatException($"{path}: expected 9 comma-separated integers, got '{line}'.");
            }

            var v = Array.ConvertAll(fields, field => long.Parse(field, NumberStyles.Integer, CultureInfo.InvariantCulture));
            var reading = new CounterReading(new MapCostCounters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]), v[8]);
            total = total is { } sum ? sum + reading : reading;
        }

        return total;
    }
}

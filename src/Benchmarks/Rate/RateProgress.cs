using System.Globalization;
using Lab.Benchmarks.Export;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>What a rate run prints: the plan before it starts, and one line per finished cell.</summary>
internal static class RateProgress
{
    public static void PrintPlan(TextWriter output, RateProfile profile, IReadOnlyList<RateCell> cells, RateEstimate estimate, RunInfo run, string resultsRoot)
    {
        string Join<T>(IEnumerable<T> items) => string.Join(", ", items.Distinct());
        output.WriteLine($"// rate: profile {profile.Name}, {Environment.ProcessorCount} logical cores, run {run.RunId}");
        output.WriteLine($"// rate: maps {Join(cells.Select(cell => cell.Map))}");
        output.WriteLine($"// rate: sizes {Join(cells.Select(cell => cell.Size))}; writes/s {Join(cells.Select(cell => cell.Rate.Label))}; readers {Join(cells.Select(cell => cell.Readers))} (+1 writer thread when writes/s > 0); GC {Join(cells.Select(cell => cell.Gc.Id))}");
        output.WriteLine($"// rate: {profile.Replicates} replicates per cell, each in its own child process (replicate 1 of every group, then 2, ...; maps shuffled per replicate)");
        output.WriteLine($"// rate: {FormatDuration(profile.Window)} measured per cell after a steady-state warm-up in {FormatDuration(profile.SubWindow)} sub-windows (cap {FormatDuration(profile.WarmupCap)}), every read timed; {estimate}");
        output.WriteLine($"// rate: results go to {Path.Combine(resultsRoot, run.RunId)}");
    }

    public static string Line(LatencyRow row, int finished, int total, TimeSpan elapsed, TimeSpan estimate)
    {
        var left = estimate - elapsed;
        var writes = row.TargetWritesPerSecond is 0
            ? "no writer"
            : string.Create(CultureInfo.InvariantCulture, $"writes {row.AchievedWritesPerSecond:#,0.#}/s{(row.RateMet is false ? " BELOW TARGET " + row.WriteRate + "/s" : string.Empty)}, write p99 {FormatNs(row.WriterP99Ns)}, lag p99 {FormatNs(row.LagP99Ns)}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{finished,4}/{total}  {FormatDuration(elapsed)} elapsed, ~{FormatDuration(left > TimeSpan.Zero ? left : TimeSpan.Zero)} left] {row.Cell} #{row.Replicate}{(row.SteadyState is false ? " NOT STEADY" : string.Empty)} (warm-up {row.WarmupMs / 1e3:0.#} s): reads {row.ReaderOpsPerSecond / 1e6:0.00} M/s, p50 {FormatNs(row.ReaderP50Ns)}, p99.9 {FormatNs(row.ReaderP999Ns)}, max {FormatNs(row.ReaderMaxNs)}; {writes}; GC pause {row.GcPauseTotalMs:0.#} ms");
    }

    /// <summary>A latency for people: ns, µs or ms with 3 significant digits; "-" when absent.</summary>
    public static string FormatNs(long? nanoseconds) => nanoseconds switch
    {
        null => "-",
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:0.##} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:0.##} ms"),
    };

    public static string FormatDuration(TimeSpan duration)
        => duration.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s");
}

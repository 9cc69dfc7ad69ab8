using Lab.Results;

namespace Lab.Benchmarks.CloseCalls;

/// <summary>
/// The step after a matrix run: picks its close calls from the run folder's summary.csv
/// (<see cref="CloseCallSelection"/>), measures up to the cap of them with the paired host, and writes every close call
/// to close-calls.csv in the run folder (measured calls one row per process; the others one row saying why not).
/// Nothing is judged here: the plotter judges the processes' log ratios with its statistics.
/// A run without matrix rows writes no file.
/// </summary>
internal static class CloseCallStep
{
    /// <summary>Runs the step; returns the file written, or null when the run has no matrix rows or the step is off.</summary>
    /// <param name="runFolder">The published run folder (its summary.csv is read).</param>
    /// <param name="settings">The cap and the per-process time.</param>
    /// <param name="host">The paired host; null when it cannot run (<paramref name="hostProblem"/> says why: every call is then failed).</param>
    /// <param name="hostProblem">Why there is no host.</param>
    /// <param name="output">Progress lines (<c>// lab: close call ...</c>).</param>
    public static string? Run(string runFolder, CloseCallSettings settings, IPairedHost? host, string? hostProblem, TextWriter output)
    {
        var summary = SummaryRow.Table.ReadFile(Path.Combine(runFolder, ResultFiles.Summary));
        if (settings.MaxCalls == 0 || !summary.Any(row => row.Cell.Scenario == ScenarioNames.Matrix))
        {
            return null;
        }

        var calls = CloseCallSelection.Select(summary);
        var measured = Math.Min(calls.Count, settings.MaxCalls);
        output.WriteLine($"// lab: {calls.Count} close calls (runner-up within {(Math.Exp(CloseCallRow.NoiseLogRatio) - 1) * 100:0}% of the leader); measuring {measured} in process, {settings.Processes} processes each");
        if (host is null && measured > 0)
        {
            output.WriteLine($"// lab: close calls not measured: {hostProblem}");
        }

        var rows = new List<CloseCallRow>();
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            if (i >= settings.MaxCalls)
            {
                rows.Add(call.Unmeasured(CloseCallRow.OverCap));
                continue;
            }

            rows.AddRange(host is null ? [call.Unmeasured(CloseCallRow.Failed)] : Measure(call, settings, host, output, $"{i + 1}/{measured}"));
        }

        var path = Path.Combine(runFolder, ResultFiles.CloseCalls);
        CloseCallRow.Write(path, rows);
        output.WriteLine($"// lab: wrote {path}");
        return path;
    }

    /// <summary>Every process of one call; a call any process of which failed is written as failed (a partial sample would bias the test).</summary>
    private static List<CloseCallRow> Measure(CloseCall call, CloseCallSettings settings, IPairedHost host, TextWriter output, string progress)
    {
        var rows = new List<CloseCallRow>();
        for (var process = 1; process <= settings.Processes; process++)
        {
            var attempt = host.Run(call, process, settings);
            if (attempt.Row is not { } paired)
            {
                output.WriteLine($"// lab: close call {progress} {call.Template} ({call.Leader} vs {call.RunnerUp}) failed: {attempt.Problem}");
                return [call.Unmeasured(CloseCallRow.Failed)];
            }

            rows.Add(call.Measured(process, paired));
        }

        output.WriteLine($"// lab: close call {progress} {call.Template} ({call.Leader} vs {call.RunnerUp}, {call.LaunchRatio:0.000}x in the matrix): {settings.Processes} processes measured");
        return rows;
    }
}

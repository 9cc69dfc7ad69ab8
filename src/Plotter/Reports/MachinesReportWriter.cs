using System.Text;

namespace Lab.Plotter.Reports;

/// <summary>
/// The report's machine sections: "Machines side by side" for a <see cref="MachineComparison"/> (several
/// machines' runs of the same cells), and "Machines of this run" for a merged sharded run whose shards ran on
/// more than one machine. Text depends only on the CSVs (stable order, no clock, no paths).
/// </summary>
internal static class MachinesReportWriter
{
    /// <summary>The heading of the side-by-side section.</summary>
    public const string ComparisonHeading = "## Machines side by side";

    /// <summary>The heading of the section listing a merged run's machines.</summary>
    public const string ShardMachinesHeading = "## Machines of this run";

    /// <summary>Writes the side-by-side section.</summary>
    public static void WriteComparison(StringBuilder text, MachineComparison comparison)
    {
        text.AppendLine(ComparisonHeading);
        text.AppendLine();
        text.AppendLine("The same matrix cells measured on each machine below. Each machine's winner is judged within that machine");
        text.AppendLine("(as in \"Which map should I use?\"), and every ratio is a map's mean time over the best map's **on the same machine**:");
        text.AppendLine("absolute times are never compared across machines. **winner changes**: the winners differ and some machine measured");
        text.AppendLine("another's winner as clearly slower than its own; **within ties**: they differ, but each machine found the others'");
        text.AppendLine("winners tied with or not separable from its own. **largest move**: the map whose ratio differs most between the");
        text.AppendLine("machines, its ratio on each, and the factor between its largest and smallest ratio.");
        text.AppendLine();
        text.AppendLine(Markdown.Header("", "machine", "run", "commit", "profile"));
        foreach (var (machine, i) in comparison.Machines.Select((machine, i) => (machine, i)))
        {
            var environment = machine.Matrix.Results.Environment;
            text.AppendLine(Markdown.Row($"M{i + 1}", Cell(machine.Label), $"`{environment.RunId}`", $"`{Short(environment.Commit)}`", environment.Profile));
        }

        text.AppendLine();
        var counts = Enum.GetValues<WinnerChange>().ToDictionary(change => change, change => comparison.Cells.Count(cell => cell.Change == change));
        text.AppendLine($"{comparison.Cells.Count} cells on every machine: the winner is the same in {counts[WinnerChange.Same]}, differs within ties in {counts[WinnerChange.WithinTies]}, changes in {counts[WinnerChange.Changes]}."
            + (comparison.CellsNotOnAll > 0 ? $" {comparison.CellsNotOnAll} cells were measured on some machines only and are left out." : ""));
        text.AppendLine();
        if (comparison.Cells.Count == 0)
        {
            return;
        }

        var machineColumns = comparison.Machines.Select((_, i) => $"M{i + 1} winner (runner-up)").ToArray();
        text.AppendLine(Markdown.Header(["keys", "threads", "mix", "size", .. machineColumns, "winner", "largest move"]));
        foreach (var cell in comparison.Cells)
        {
            var first = cell.First;
            var winners = cell.PerMachine.Select(machine => machine.Verdict.RunnerUp is { } runnerUp
                ? $"{machine.Winner} ({runnerUp.Cell.Map} {Figures.Ratio(machine.RatioToBest[runnerUp.Cell.Map])})"
                : machine.Winner);
            var move = cell.MostMoved is { } map
                ? $"{map}: {string.Join(" / ", cell.PerMachine.Select(machine => Figures.Ratio(machine.RatioToBest[map])))} (×{cell.Move.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})"
                : "none";
            text.AppendLine(Markdown.Row([first.Keys, first.Threads, Mixes.Label(first.Leader), Mixes.SizeLabel(first.Size), .. winners, Label(cell.Change), move]));
        }

        text.AppendLine();
    }

    /// <summary>Writes the machines of a merged sharded run (more than one environment row): each with its shards.</summary>
    public static void WriteShardMachines(StringBuilder text, IReadOnlyList<EnvironmentRow> machines)
    {
        text.AppendLine(ShardMachinesHeading);
        text.AppendLine();
        text.AppendLine("This run was merged from shards that ran on more than one machine. Every cell group (all maps of one cell) was");
        text.AppendLine("measured by one shard on one machine, so each comparison above is within one machine; the environment table");
        text.AppendLine("shows the first machine. To compare machines, plot their runs side by side (`scripts/lab plot <run> <other run>...`).");
        text.AppendLine();
        text.AppendLine(Markdown.Header("machine", "shards", "started (UTC)"));
        foreach (var machine in machines)
        {
            text.AppendLine(Markdown.Row(Cell(machine.Machine.ToString()), machine.Shards.ToString(), machine.DateUtc));
        }

        text.AppendLine();
    }

    private static string Label(WinnerChange change) => change switch
    {
        WinnerChange.Same => "same",
        WinnerChange.WithinTies => "within ties",
        WinnerChange.Changes => "**changes**",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    private static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

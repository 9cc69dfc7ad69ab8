using System.Globalization;
using System.Text;
using Lab.Plotter.Tests.Support;
using static Lab.Plotter.Tests.Support.SyntheticSamples;

namespace Lab.Plotter.Tests.Commands;

public sealed class InProcessComparisonTests : IDisposable
{
    private readonly ResultsFolders folders = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        folders.Dispose();
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public void Processes_are_the_replicates_and_a_small_change_is_caught()
    {
        // 16 processes a cell, per-process log ratios spread 0.01 (the in-process A/A's typical
        // spread), one process off by +0.13 in the A/A cell (an episode of the machine).
        var aa = Logs(1, 16, 0, 0.01);
        aa[4] = 0.13;
        var paired = Write(("targets/cow/lookup/1000/1/uniform", Logs(2, 16, Math.Log(1.08), 0.01)), ("targets/dictionary/lookup/1000/1/uniform", aa));
        var outDir = Path.Combine(folders.Root, "out");

        var code = CompareCommand.Run(["--paired", paired, "--out", outDir], output, error);

        Assert.Equal(CompareCommand.Regression, code);
        var rows = File.ReadAllLines(Path.Combine(outDir, ResultFiles.Verdicts)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["targets/cow/lookup/1000/1/uniform", "Slower", "in-process"], rows[0][..3]);
        Assert.Equal(["targets/dictionary/lookup/1000/1/uniform", "Same", "in-process"], rows[1][..3]);
        Assert.True(double.Parse(rows[1][6], CultureInfo.InvariantCulture) < 0.02, "the outlying process does not widen the rank interval much");
    }

    [Fact]
    public void Five_processes_cannot_reach_the_level_and_say_how_many_are_needed()
    {
        var paired = Write(("a", Logs(3, 5, 0, 0.01)), ("b", Logs(4, 5, 0, 0.01)));
        var outDir = Path.Combine(folders.Root, "out");

        Assert.Equal(0, CompareCommand.Run(["--paired", paired, "--out", outDir], output, error));

        var markdown = File.ReadAllText(Path.Combine(outDir, MarkdownReportWriter.FileName));
        Assert.Contains("5 vs 5 processes (in-process) cannot reach level 0.005", markdown, StringComparison.Ordinal);
        Assert.Contains("need at least 9 processes", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Paired_and_folders_together_or_a_bad_value_exit_2()
    {
        var paired = Write(("a", Logs(5, 8, 0, 0.01)));
        File.AppendAllText(paired, "c,base,diff,a-first,300,fast\n");

        Assert.Equal(2, CompareCommand.Run(["--paired", paired, "--base", "x"], output, error));
        Assert.Equal(2, CompareCommand.Run(["--paired", paired], output, error));
        Assert.Contains("column 'median_log_ratio': 'fast' is not a finite number", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_is_decided_per_cell_by_its_equivalence_interval_however_large_the_family()
    {
        // 65 cells of 16 processes with a 2.5% spread: at Holm's first level (0.01 / 65) each interval
        // reaches toward the extreme processes, beyond the 5% margin; each cell's own 98% interval does not.
        var cells = Enumerable.Range(0, 65).Select(i => ($"c{i:00}", Logs(100 + i, 16, 0, 0.025))).ToArray();
        var outDir = Path.Combine(folders.Root, "out");

        Assert.Equal(0, CompareCommand.Run(["--paired", Write(cells), "--out", outDir], output, error));

        var rows = File.ReadAllLines(Path.Combine(outDir, ResultFiles.Verdicts)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.True(rows.Count(r => r[1] == "Same") >= 60, $"{rows.Count(r => r[1] == "Same")} of 65 Same");
        Assert.Contains(rows, r => r[1] == "Same" && double.Parse(r[6], CultureInfo.InvariantCulture) > 0.05); // Holm half-width beyond the margin
        Assert.DoesNotContain(rows, r => r[1] is "Slower" or "Faster");
    }

    [Fact]
    public void Power_from_an_in_process_aa_catches_smaller_slowdowns_in_quieter_cells_and_summarizes()
    {
        var paired = Write(("quiet", Logs(6, 16, 0, 0.005)), ("noisy", Logs(7, 16, 0, 0.08)));

        var code = PowerCommand.Run(["--paired", paired, "--factors", "1.02,1.05,1.5", "--splits", "100", "--threshold", "2%"], output, error);

        Assert.Equal(0, code);
        var table = output.ToString();
        Assert.Contains("symmetric bootstrap draws of the A/A's in-process values", table, StringComparison.Ordinal);
        var quiet = table.Split('\n').Single(l => l.StartsWith("| `quiet`", StringComparison.Ordinal));
        var noisy = table.Split('\n').Single(l => l.StartsWith("| `noisy`", StringComparison.Ordinal));
        Assert.EndsWith("| 5% |", quiet.TrimEnd()); // 2% is the threshold itself (Slower needs the estimate beyond it: half the draws); 5% with 0.5% spread: always
        Assert.EndsWith("| 50% |", noisy.TrimEnd());

        output.GetStringBuilder().Clear();
        Assert.Equal(0, PowerCommand.Run(["--paired", paired, "--processes", "20", "--summary", "--factors", "1.02,1.05,1.5", "--splits", "50", "--threshold", "2%"], output, error));
        var summary = output.ToString();
        Assert.Contains("bootstrap draws of 20 processes", summary, StringComparison.Ordinal);
        Assert.Contains("2%: 0, 5%: 1, 50%: 2", summary, StringComparison.Ordinal);
        Assert.Contains("worst cell noisy: 50%", summary, StringComparison.Ordinal);
    }

    private static double[] Logs(int seed, int count, double center, double sigma)
        => [.. LogNormal(seed, count, 1, sigma).Select(v => center + Math.Log(v))];

    private string Write(params (string Cell, double[] Logs)[] cells)
    {
        var text = new StringBuilder("cell,a,b,load_order,pairs,median_log_ratio\n");
        foreach (var (cell, logs) in cells)
        {
            for (var i = 0; i < logs.Length; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{cell},base,diff,{(i % 2 == 0 ? "a-first" : "b-first")},300,{logs[i]:R}\n");
            }
        }

        var path = Path.Combine(folders.Root, "paired.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}

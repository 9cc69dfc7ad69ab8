using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Charts;

public sealed class DecisionChartTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "lab-plotter-decision-chart", Guid.NewGuid().ToString("N"));

    public DecisionChartTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void One_chart_per_readers_count_and_GC_mode_with_ties_undecided_and_winners_drawn()
    {
        Decision Of(DecisionVerdict verdict) => new("cow", "concurrent", 1.3, 1.1, 1.5, 0.95, verdict, verdict == DecisionVerdict.Tie ? ["concurrent"] : []);
        RateAnswer Cell(int size, int readers, string rate, string gc, DecisionVerdict verdict)
            => new(size, readers, rate, rate == "max" ? null : double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), gc, Of(verdict), true, 1_000, 3);
        RateAnswer[] answers =
        [
            Cell(1_000, 1, "0", "workstation", DecisionVerdict.Faster),
            Cell(1_000, 1, "1000", "workstation", DecisionVerdict.Tie),
            Cell(100_000, 1, "max", "workstation", DecisionVerdict.Undecided),
            Cell(1_000, 2, "0", "workstation", DecisionVerdict.Only),
            Cell(1_000, 2, "0", "server", DecisionVerdict.Faster),
        ];

        var charts = DecisionChart.Render(answers, "test machine", folder);

        Assert.Equal(["decision-r1.png", "decision-r2.png", "decision-r2-gc-server.png"], charts.Select(chart => chart.FileName));
        Assert.All(charts, chart =>
        {
            Assert.Equal(ChartKind.Decision, chart.Kind);
            Assert.Equal((ChartFrame.Width, ChartFrame.Height), Png.ReadSize(Path.Combine(folder, chart.FileName)));
        });
        Assert.Contains("2 readers, one writer, GC server", charts[2].Title, StringComparison.Ordinal);
    }
}

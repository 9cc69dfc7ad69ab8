
namespace Lab.Plotter.Tests.Support;

/// <summary>
/// The fixture with churn, Zipf and prefix-key rows and store and sizing rows added
/// (<see cref="FixtureFolder.AddChurnKeyDistributionAndOtherScenarioRows"/>), rendered once per test class.
/// </summary>
public sealed class RenderedAllRowsFixture : IDisposable
{
    private readonly FixtureFolder folder = new();

    public RenderedAllRowsFixture()
    {
        folder.AddChurnKeyDistributionAndOtherScenarioRows();
        Charts = PlotCommand.Generate(BenchmarkResults.Load(folder.Path), folder.Path);
        Report = File.ReadAllText(folder.File("REPORT.md"));
    }

    public string Path => folder.Path;

    internal IReadOnlyList<ChartFile> Charts { get; }

    public string Report { get; }

    public void Dispose() => folder.Dispose();
}


namespace Lab.Plotter.Tests.Support;

/// <summary>The fixture rendered once per test class: its folder, charts and report text.</summary>
public sealed class RenderedFixture : IDisposable
{
    private readonly FixtureFolder folder = new();

    public RenderedFixture()
    {
        Charts = PlotCommand.Generate(BenchmarkResults.Load(folder.Path), folder.Path);
        Report = File.ReadAllText(folder.File("REPORT.md"));
    }

    public string Path => folder.Path;

    internal IReadOnlyList<ChartFile> Charts { get; }

    public string Report { get; }

    public void Dispose() => folder.Dispose();
}

using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>Collects an experiment run's rows and reports progress on the console.</summary>
internal sealed class ExperimentLog(TextWriter progress)
{
    private readonly List<ExperimentRow> rows = [];

    /// <summary>Every row recorded so far, in order.</summary>
    public IReadOnlyList<ExperimentRow> Rows => rows;

    /// <summary>Records one row.</summary>
    public void Add(ExperimentRow row) => rows.Add(row);

    /// <summary>Prints a progress line prefixed like the lab's other console output.</summary>
    public void Progress(string message) => progress.WriteLine($"// experiments: {message}");
}

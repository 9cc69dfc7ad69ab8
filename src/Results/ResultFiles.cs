namespace Lab.Results;

/// <summary>The names of the files and folders of a results folder (results/README.md).</summary>
public static class ResultFiles
{
    /// <summary>One row per benchmark cell (<see cref="SummaryRow"/>).</summary>
    public const string Summary = "summary.csv";

    /// <summary>One row per measured iteration (<see cref="MeasurementRow"/>).</summary>
    public const string Measurements = "measurements.csv";

    /// <summary>One row describing the machine and the run (<see cref="EnvironmentRow"/>).</summary>
    public const string Environment = "environment.csv";

    /// <summary>One row per cell of a write-rate run (<see cref="LatencyRow"/>).</summary>
    public const string Latency = "latency.csv";

    /// <summary>One row per figure of an experiments run (<see cref="ExperimentRow"/>).</summary>
    public const string Experiments = "experiments.csv";

    /// <summary>One row per compared cell of a comparison (<see cref="VerdictRow"/>).</summary>
    public const string Verdicts = "verdicts.csv";

    /// <summary>One row per process and cell of an in-process paired comparison (<see cref="PairedRow"/>).</summary>
    public const string Paired = "paired.csv";

    /// <summary>A sharded run's partition: one row per cell group and its shard (<see cref="ShardPlanRow"/>).</summary>
    public const string ShardPlan = "shard-plan.csv";

    /// <summary>A matrix run's close calls and their in-process paired comparison, one row per process (<see cref="CloseCallRow"/>).</summary>
    public const string CloseCalls = "close-calls.csv";

    /// <summary>The folder of a rate run's HdrHistogram logs, relative to the run folder.</summary>
    public const string HistogramFolder = "histograms";

    /// <summary>The files of a matrix run (BenchmarkDotNet), in the order the app writes them.</summary>
    public static IReadOnlyList<string> MatrixRun { get; } = [Summary, Measurements, Environment];

    /// <summary>Writes a matrix run's three files into <paramref name="folder"/>.</summary>
    public static void WriteMatrixRun(string folder, IEnumerable<SummaryRow> summary, IEnumerable<MeasurementRow> measurements, EnvironmentRow environment)
    {
        SummaryRow.Table.WriteFile(Path.Combine(folder, Summary), summary);
        MeasurementRow.Table.WriteFile(Path.Combine(folder, Measurements), measurements);
        environment.Write(Path.Combine(folder, Environment));
    }

    /// <summary>Writes a sharded run's shard-plan.csv (the whole partition) into <paramref name="folder"/>; nothing when <paramref name="plan"/> is empty (the run is not sharded).</summary>
    public static void WriteShardPlan(string folder, IReadOnlyCollection<ShardPlanRow> plan)
    {
        if (plan.Count > 0)
        {
            ShardPlanRow.Write(Path.Combine(folder, ShardPlan), plan);
        }
    }

    /// <summary>Writes a rate run's latency.csv (rows in the given order) and environment.csv into <paramref name="folder"/>; the histogram logs are the caller's.</summary>
    public static void WriteRateRun(string folder, IEnumerable<LatencyRow> rows, EnvironmentRow environment)
    {
        LatencyRow.Table.WriteFile(Path.Combine(folder, Latency), rows);
        environment.Write(Path.Combine(folder, Environment));
    }

    /// <summary>Writes an experiments run's experiments.csv and environment.csv into <paramref name="folder"/>.</summary>
    public static void WriteExperimentsRun(string folder, IEnumerable<ExperimentRow> rows, EnvironmentRow environment)
    {
        ExperimentRow.Table.WriteFile(Path.Combine(folder, Experiments), rows);
        environment.Write(Path.Combine(folder, Environment));
    }
}

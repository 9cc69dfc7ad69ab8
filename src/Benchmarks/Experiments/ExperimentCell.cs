using Lab.Results;

namespace Lab.Benchmarks.Experiments;

/// <summary>The identity of one experiment cell; <see cref="Record"/> writes its figures.</summary>
internal sealed record ExperimentCell(string Experiment, string Variant, int Size, int Threads, string ParamName, double Param)
{
    public void Record(ExperimentLog log, int rep, ExperimentMetric metric, double value)
        => log.Add(ExperimentRow.Of(Experiment, Variant, Size, Threads, ParamName, Param, rep, metric, value));

    /// <summary>Writes per second, bytes and GC collections per write of one timed phase.</summary>
    public void RecordWrites(ExperimentLog log, int rep, TimedWorkers.Outcome outcome)
    {
        var writes = Math.Max(1, outcome.Operations);
        Record(log, rep, ExperimentMetrics.WritesPerSecond, outcome.OperationsPerSecond);
        Record(log, rep, ExperimentMetrics.BytesPerWrite, (double)outcome.Gc.AllocatedBytes / writes);
        Record(log, rep, ExperimentMetrics.Gen0Per1kWrites, outcome.Gc.Gen0 * 1000.0 / writes);
        Record(log, rep, ExperimentMetrics.Gen2Per1kWrites, outcome.Gc.Gen2 * 1000.0 / writes);
    }

    public override string ToString() => $"{Experiment}/{Variant}/{Size}/{Threads}/{ParamName}={Param}";
}

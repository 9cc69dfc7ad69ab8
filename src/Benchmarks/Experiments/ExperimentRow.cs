namespace Lab.Benchmarks.Experiments;

/// <summary>
/// One measured figure of one repetition of one experiment cell: a row of experiments.csv
/// (columns and units in results/README.md). The plotter aggregates repetitions; nothing here is averaged.
/// </summary>
/// <param name="Experiment">Stable experiment id, e.g. <c>shard-scaling</c>.</param>
/// <param name="Variant">What is measured: a catalog map id or a store variant.</param>
/// <param name="Size">Entries in the map (or in the store's value).</param>
/// <param name="Threads">Concurrent threads (writers, or readers for read experiments).</param>
/// <param name="ParamName">Name of the experiment's own parameter (<c>shards</c>, <c>batch</c>, <c>override_pct</c>, <c>t_s</c>, ...).</param>
/// <param name="Param">Its value.</param>
/// <param name="Rep">Repetition index, 1-based; every repetition is a separate measurement of the same cell.</param>
/// <param name="Metric">Metric id, e.g. <c>writes_per_s</c>.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="Value">The figure.</param>
internal sealed record ExperimentRow(
    string Experiment,
    string Variant,
    int Size,
    int Threads,
    string ParamName,
    double Param,
    int Rep,
    string Metric,
    string Unit,
    double Value);

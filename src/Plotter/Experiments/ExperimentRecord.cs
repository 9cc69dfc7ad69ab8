namespace Lab.Plotter.Experiments;

/// <summary>One row of experiments.csv (results/README.md): one figure of one repetition of one cell.</summary>
internal sealed record ExperimentRecord(
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

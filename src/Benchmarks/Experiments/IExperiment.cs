namespace Lab.Benchmarks.Experiments;

/// <summary>
/// One of the curriculum's claims as a measurement (issue 13). Its cells come from a parameter
/// record (data), so the same code runs the full experiment and the tiny dry one CI exercises.
/// </summary>
internal interface IExperiment
{
    /// <summary>Stable id: the CSV's <c>experiment</c> value and the <c>--only</c> name.</summary>
    string Name { get; }

    /// <summary>Number of cells (combinations of parameters) it measures.</summary>
    int Cells { get; }

    /// <summary>Rough duration on the lab's 2-core machine, printed before the run.</summary>
    TimeSpan Estimate { get; }

    /// <summary>Measures every cell and records the rows.</summary>
    void Run(ExperimentLog log);
}

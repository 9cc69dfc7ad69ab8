namespace Lab.Plotter.Analysis;

/// <summary>
/// One machine's matrix run in a side-by-side comparison: a label naming the machine (its kind: processor,
/// cores, OS, architecture; the run id added when two runs share a kind), the run and its cell verdicts.
/// </summary>
/// <param name="Label">The machine as the report names it.</param>
/// <param name="Matrix">The run's matrix rows.</param>
/// <param name="Verdicts">The run's <see cref="WinnerJudge"/> verdicts (ties judged within this machine only).</param>
internal sealed record MachineRun(string Label, MatrixView Matrix, IReadOnlyList<CellVerdict> Verdicts)
{
    /// <summary>The runs of <paramref name="matrices"/> with unique labels, in the order given.</summary>
    public static IReadOnlyList<MachineRun> Of(IReadOnlyList<(MatrixView Matrix, IReadOnlyList<CellVerdict> Verdicts)> matrices)
    {
        var kinds = matrices.Select(run => KindOf(run.Matrix.Results.Environment)).ToList();
        return [.. matrices.Select((run, i) => new MachineRun(
            kinds.Count(kind => kind == kinds[i]) > 1 ? $"{kinds[i]} [{run.Matrix.Results.Environment.RunId}]" : kinds[i],
            run.Matrix,
            run.Verdicts))];
    }

    /// <summary>The machine's kind (its host left out: a runner's differs from job to job): processor, cores, OS and architecture, each when recorded.</summary>
    private static string KindOf(EnvironmentRow environment)
        => string.Join(", ", new[] { environment.Cpu, $"{environment.LogicalCores} cores", environment.Os, environment.Arch }.Where(part => part.Length > 0));
}

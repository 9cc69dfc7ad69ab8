namespace Lab.Plotter.Analysis;

/// <summary>
/// Everything the decision page and <c>recommend</c> answer from: the matrix answers of a matrix run and
/// the rate answers of a rate run (either may be absent), with each run's environment for the conditions.
/// Built only from the judges' verdicts (<see cref="WinnerJudge"/>, <see cref="RateAnswers"/>).
/// </summary>
/// <param name="MatrixEnvironment">The matrix run's environment.csv row, or null without a matrix run.</param>
/// <param name="Matrix">The matrix answers, empty without a matrix run.</param>
/// <param name="RateEnvironment">The rate run's environment.csv row, or null without a rate run.</param>
/// <param name="Rate">The rate answers, empty without a rate run.</param>
internal sealed record AnswerSet(
    EnvironmentRow? MatrixEnvironment,
    IReadOnlyList<MatrixAnswer> Matrix,
    EnvironmentRow? RateEnvironment,
    IReadOnlyList<RateAnswer> Rate)
{
    /// <summary>Other machines' runs of the same matrix cells compared with this one (<c>plot</c> given several run folders), or null.</summary>
    public MachineComparison? Machines { get; init; }

    /// <summary>Judges both runs (either may be null).</summary>
    public static AnswerSet From(BenchmarkResults? results, RateResults? rate)
    {
        IReadOnlyList<MatrixAnswer> matrix = [];
        if (results is not null)
        {
            var view = new MatrixView(results);
            matrix = MatrixAnswer.From(view, WinnerJudge.Judge(view));
        }

        return From(results?.Environment, matrix, rate);
    }

    /// <summary>The matrix answers already judged (the plot command judges once for its report and charts) and the rate run's.</summary>
    public static AnswerSet From(EnvironmentRow? matrixEnvironment, IReadOnlyList<MatrixAnswer> matrix, RateResults? rate)
        => new(matrixEnvironment, matrix, rate?.Environment, rate is null ? [] : RateAnswers.From(rate));

    /// <summary>The sets of several runs as one: rows of every run, the first run's environment of each kind.</summary>
    public static AnswerSet Combine(IReadOnlyList<AnswerSet> sets)
        => new(
            sets.Select(set => set.MatrixEnvironment).FirstOrDefault(environment => environment is not null),
            [.. sets.SelectMany(set => set.Matrix)],
            sets.Select(set => set.RateEnvironment).FirstOrDefault(environment => environment is not null),
            [.. sets.SelectMany(set => set.Rate)]);
}

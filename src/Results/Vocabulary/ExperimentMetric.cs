namespace Lab.Results;

/// <summary>One <c>metric</c> of experiments.csv and the <c>unit</c> its values are written in.</summary>
/// <param name="Id">The metric id.</param>
/// <param name="Unit">The unit.</param>
public sealed record ExperimentMetric(string Id, string Unit)
{
    /// <inheritdoc/>
    public override string ToString() => Id;
}

namespace Lab.Benchmarks.Rate;

/// <summary>The options of a <c>rate</c> run (see <see cref="RateCommandLine.Help"/>).</summary>
/// <param name="Profile">The chosen profile, with any narrowing options applied.</param>
/// <param name="ResultsDirectory">Where the run folder goes; <see langword="null"/> for the repository's results/.</param>
/// <param name="PlanOnly">True for --plan: print the cells and the estimate, run nothing.</param>
internal sealed record RateOptions(RateProfile Profile, string? ResultsDirectory, bool PlanOnly)
{
    /// <summary>The shard to run, its partition's shard count, and --cells (<see cref="Sharding.RateSharding"/>).</summary>
    public Sharding.ShardRequest Sharding { get; init; } = Lab.Benchmarks.Sharding.ShardRequest.None;
}

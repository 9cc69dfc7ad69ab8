using Lab.Benchmarks.Experiments;
using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>
/// Sharding of an experiments run: the cell group is the whole experiment (<see cref="CellGroup.OfExperiment"/>;
/// it runs in process as one unit, its variants compared along its own parameter), balanced by
/// <see cref="IExperiment.Estimate"/>; a cell here is an experiment, named by its id.
/// </summary>
internal static class ExperimentSharding
{
    /// <summary>The experiments of <paramref name="request"/>'s shard (all without one).</summary>
    /// <exception cref="Lab.CommandLine.UsageException">More shards than experiments.</exception>
    public static ShardSelection<IExperiment> Select(IReadOnlyList<IExperiment> experiments, ShardRequest request)
        => ShardSelection<IExperiment>.Select(
            experiments,
            experiment => CellGroup.OfExperiment(experiment.Name),
            group => group.Aggregate(TimeSpan.Zero, (sum, experiment) => sum + experiment.Estimate),
            experiment => experiment.Name,
            request,
            experiment => experiment.Cells);
}

using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>
/// A run's cells after its <see cref="ShardRequest"/>: all of them, or one shard's (whole cell groups, in the
/// run's order), with the partition to print and to write as shard-plan.csv. The one sharding step of the
/// runs that select their cells themselves (rate, experiments); the matrix run uses
/// <see cref="MatrixSharding"/> because BenchmarkDotNet selects its cells.
/// </summary>
/// <typeparam name="TCell">The run's cell.</typeparam>
internal sealed class ShardSelection<TCell>
{
    private readonly Func<TCell, string> idOf;

    private ShardSelection(IReadOnlyList<TCell> cells, Shard shard, ShardPartition? partition, Func<TCell, string> idOf)
    {
        Cells = cells;
        Shard = shard;
        Partition = partition;
        this.idOf = idOf;
    }

    /// <summary>The cells to run (or print), in the run's order.</summary>
    public IReadOnlyList<TCell> Cells { get; }

    /// <summary>The shard run; <see cref="Shard.Unsharded"/> for the whole run (also for a plan of every shard).</summary>
    public Shard Shard { get; }

    /// <summary>The partition; null when the run is not sharded.</summary>
    public ShardPartition? Partition { get; }

    /// <summary>shard-plan.csv's rows when one shard runs; empty otherwise.</summary>
    public IReadOnlyList<ShardPlanRow> Plan => Shard.IsUnsharded || Partition is null ? [] : Partition.Rows;

    /// <summary>Applies <paramref name="request"/> to <paramref name="cells"/>.</summary>
    /// <exception cref="Lab.CommandLine.UsageException">More shards than cell groups.</exception>
    public static ShardSelection<TCell> Select(IReadOnlyList<TCell> cells, Func<TCell, CellGroup> groupOf, Func<IReadOnlyList<TCell>, TimeSpan> estimate, Func<TCell, string> idOf, ShardRequest request, Func<TCell, int>? cellsOf = null)
    {
        if (request.Count is not { } count)
        {
            return new(cells, Shard.Unsharded, null, idOf);
        }

        var partition = ShardPartition.Balance(cells, groupOf, estimate, count, cellsOf);
        return request.Shard is { } shard
            ? new([.. cells.Where(cell => partition.Contains(shard, groupOf(cell)))], shard, partition, idOf)
            : new(cells, Shard.Unsharded, partition, idOf);
    }

    /// <summary>Writes the cells' ids, one per line (--cells); returns exit code 0.</summary>
    public int PrintCells(TextWriter output)
    {
        foreach (var cell in Cells)
        {
            output.WriteLine(idOf(cell));
        }

        return 0;
    }

    /// <summary>With a partition, one line per shard (only the run's shard when one runs), each after <paramref name="prefix"/>.</summary>
    public void PrintShards(TextWriter output, string prefix)
    {
        foreach (var line in Partition?.Lines(Shard.IsUnsharded ? null : Shard, TimeSpan.Zero) ?? [])
        {
            output.WriteLine(prefix + line);
        }
    }
}

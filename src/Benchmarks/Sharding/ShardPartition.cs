using System.Globalization;
using Lab.CommandLine;
using Lab.Results;

namespace Lab.Benchmarks.Sharding;

/// <summary>
/// A run's cell groups given to n shards, balanced by the run's own estimate: greedy longest processing
/// time first (groups by estimate descending, then key ordinal; each to the shard with the least estimate
/// so far, ties to the lower index). Guarantees: every group is in exactly one shard, no group is split,
/// the result depends only on the groups and n (the same profile gives the same partition on every
/// machine), every shard has at least one group, and the largest shard's estimate is at most
/// 4/3 - 1/(3n) times the optimum (Graham's bound for LPT), so at most the mean plus the longest group.
/// </summary>
internal sealed class ShardPartition
{
    private readonly Dictionary<CellGroup, Shard> shardOf;

    private ShardPartition(int count, IReadOnlyList<ShardPlanRow> rows)
    {
        Count = count;
        Rows = rows;
        shardOf = rows.ToDictionary(row => row.Group, row => row.Shard);
    }

    /// <summary>The number of shards.</summary>
    public int Count { get; }

    /// <summary>shard-plan.csv's rows: every group with its shard, cells and estimate, by shard index then group key.</summary>
    public IReadOnlyList<ShardPlanRow> Rows { get; }

    /// <summary>Every shard, 1/n to n/n.</summary>
    public IReadOnlyList<Shard> Shards => Shard.All(Count);

    /// <summary>
    /// Partitions <paramref name="cells"/> by <paramref name="groupOf"/> into <paramref name="count"/> shards;
    /// <paramref name="estimate"/> gives a group's duration from its cells (in the run's order), <paramref name="cellsOf"/>
    /// how many cells one counts for (default 1; an experiment counts its own cells).
    /// </summary>
    /// <exception cref="UsageException">More shards than cell groups: a shard would measure nothing.</exception>
    public static ShardPartition Balance<TCell>(IEnumerable<TCell> cells, Func<TCell, CellGroup> groupOf, Func<IReadOnlyList<TCell>, TimeSpan> estimate, int count, Func<TCell, int>? cellsOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var groups = cells
            .GroupBy(groupOf)
            .Select(group => (Group: group.Key, Cells: group.Sum(cell => cellsOf?.Invoke(cell) ?? 1), Estimate: estimate([.. group])))
            .OrderByDescending(group => group.Estimate)
            .ThenBy(group => group.Group)
            .ToList();
        if (count > groups.Count)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--shard: {count} shards but the run has only {groups.Count} cell group{(groups.Count == 1 ? "" : "s")} (a group is never split); use at most {groups.Count} shards"));
        }

        var loads = new TimeSpan[count];
        var rows = new List<ShardPlanRow>(groups.Count);
        foreach (var group in groups)
        {
            var least = 0;
            for (var i = 1; i < count; i++)
            {
                if (loads[i] < loads[least])
                {
                    least = i;
                }
            }

            loads[least] += group.Estimate;
            rows.Add(new ShardPlanRow(new Shard(least + 1, count), group.Group, group.Cells, Math.Round(group.Estimate.TotalSeconds, 3)));
        }

        return new ShardPartition(count, [.. rows.OrderBy(row => row.Shard.Index).ThenBy(row => row.Group)]);
    }

    /// <summary>True when <paramref name="group"/> belongs to <paramref name="shard"/>.</summary>
    public bool Contains(Shard shard, CellGroup group) => shardOf.TryGetValue(group, out var owner) && owner == shard;

    /// <summary>The groups of <paramref name="shard"/>.</summary>
    public IEnumerable<ShardPlanRow> Of(Shard shard) => Rows.Where(row => row.Shard == shard);

    /// <summary>The summed estimate of <paramref name="shard"/>'s groups (what the partition balanced).</summary>
    public TimeSpan Estimate(Shard shard) => TimeSpan.FromSeconds(Of(shard).Sum(row => row.EstimateSeconds));

    /// <summary>
    /// One line per shard (or only <paramref name="only"/>'s): <c>shard 2/4: 120 cells in 30 groups, estimated 55 min 3 s</c>;
    /// <paramref name="perShard"/> is added to every shard (a cost each job pays once, e.g. BenchmarkDotNet's build).
    /// </summary>
    public IEnumerable<string> Lines(Shard? only, TimeSpan perShard)
        => (only is { } one ? [one] : Shards).Select(shard =>
        {
            var rows = Of(shard).ToList();
            var total = Estimate(shard) + perShard;
            return string.Create(CultureInfo.InvariantCulture, $"shard {shard}: {Plural(rows.Sum(row => row.Cells), "cell")} in {Plural(rows.Count, "group")}, estimated {FormatDuration(total)}");
        });

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary><c>12 min 5 s</c>.</summary>
    public static string FormatDuration(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds} s");
}

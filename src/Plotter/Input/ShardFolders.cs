namespace Lab.Plotter.Input;

/// <summary>
/// Checks that shard folders are exactly one sharded run, so their union is the run measured unsharded:
/// one commit, one profile, one shard count n; every shard 1..n given once; one plan; every planned cell
/// group measured, by its own shard, and no group twice (which, across machines, would be a group whose rows
/// come from two machines: a within-group comparison must be made on one machine). Every message names the
/// file, the shard and the cell group.
/// </summary>
internal static class ShardFolders
{
    /// <summary>The checked run, or <see cref="MergeInputException"/> naming the first problem.</summary>
    /// <param name="shards">The shards as given on the command line (any order).</param>
    /// <param name="runId">The merged run's id (its folder's name), written into every environment row.</param>
    public static MergedRun Check(IReadOnlyList<ShardRun> shards, string runId)
    {
        if (shards.Count == 0)
        {
            throw new MergeInputException("no shard folders given");
        }

        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            CheckSameRun(first, shard);
        }

        var byIndex = new Dictionary<int, ShardRun>();
        foreach (var shard in shards)
        {
            if (!byIndex.TryAdd(shard.Shard.Index, shard))
            {
                throw new MergeInputException($"shard {shard.Shard} is given twice: {byIndex[shard.Shard.Index].Folder} and {shard.Folder}");
            }
        }

        var count = first.Shard.Count;
        var missing = Shard.All(count).Where(shard => !byIndex.ContainsKey(shard.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new MergeInputException($"shard {string.Join(", ", missing)} is missing: given {string.Join(", ", byIndex.Keys.Order().Select(index => new Shard(index, count)))} of {count}");
        }

        var ordered = Shard.All(count).Select(shard => byIndex[shard.Index]).ToList();
        foreach (var shard in ordered.Skip(1))
        {
            if (!shard.Plan.SequenceEqual(ordered[0].Plan))
            {
                throw new MergeInputException($"{Path.Combine(shard.Folder, ResultFiles.ShardPlan)} (shard {shard.Shard}) differs from {Path.Combine(ordered[0].Folder, ResultFiles.ShardPlan)} (shard {ordered[0].Shard}): the shards were planned from different cell sets");
            }
        }

        CheckGroups(ordered);
        CheckHistograms(ordered);
        return new MergedRun(ordered, Environments(ordered, runId), ordered[0].Plan, RowFiles(ordered));
    }

    private static void CheckSameRun(ShardRun first, ShardRun other)
    {
        var path = Path.Combine(other.Folder, ResultFiles.Environment);
        var against = $"shard {first.Shard} ({Path.Combine(first.Folder, ResultFiles.Environment)})";
        if (other.Environment.Commit != first.Environment.Commit)
        {
            throw new MergeInputException($"{path}: shard {other.Shard} is of commit {other.Environment.Commit}, {against} of {first.Environment.Commit}");
        }

        if (other.Environment.Profile != first.Environment.Profile)
        {
            throw new MergeInputException($"{path}: shard {other.Shard} is of profile {other.Environment.Profile}, {against} of {first.Environment.Profile}");
        }

        if (other.Shard.Count != first.Shard.Count)
        {
            throw new MergeInputException($"{path}: shard {other.Shard} is one of {other.Shard.Count} shards, {against} one of {first.Shard.Count}");
        }
    }

    private static void CheckGroups(List<ShardRun> shards)
    {
        var owner = new Dictionary<CellGroup, ShardRun>();
        foreach (var shard in shards)
        {
            foreach (var group in shard.Groups.Order())
            {
                if (owner.TryGetValue(group, out var earlier))
                {
                    throw new MergeInputException(earlier.Environment.Machine == shard.Environment.Machine
                        ? $"cell group {group} is in two shards: {earlier.Shard} ({earlier.FileOf(group)}) and {shard.Shard} ({shard.FileOf(group)})"
                        : $"cell group {group} has rows from two machines: shard {earlier.Shard} on {earlier.Environment.Machine} ({earlier.FileOf(group)}) and shard {shard.Shard} on {shard.Environment.Machine} ({shard.FileOf(group)})");
                }

                owner.Add(group, shard);
            }
        }

        var plan = shards[0].Plan;
        var planPath = Path.Combine(shards[0].Folder, ResultFiles.ShardPlan);
        foreach (var row in plan)
        {
            if (!owner.TryGetValue(row.Group, out var measuredBy))
            {
                throw new MergeInputException($"cell group {row.Group} is planned for shard {row.Shard} ({planPath}) but no file of shard {row.Shard} ({shards[row.Shard.Index - 1].Folder}) has rows of it");
            }

            if (measuredBy.Shard != row.Shard)
            {
                throw new MergeInputException($"cell group {row.Group} is planned for shard {row.Shard} ({planPath}) but its rows are in shard {measuredBy.Shard} ({measuredBy.FileOf(row.Group)})");
            }
        }

        var planned = plan.Select(row => row.Group).ToHashSet();
        var unplanned = owner.Keys.Order().FirstOrDefault(group => !planned.Contains(group));
        if (unplanned.Key is not null)
        {
            var shard = owner[unplanned];
            throw new MergeInputException($"cell group {unplanned} of shard {shard.Shard} ({shard.FileOf(unplanned)}) is not in the plan ({planPath})");
        }
    }

    private static void CheckHistograms(List<ShardRun> shards)
    {
        var owner = new Dictionary<string, ShardRun>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            foreach (var log in shard.Histograms)
            {
                if (!owner.TryAdd(log, shard))
                {
                    throw new MergeInputException($"{log} is in shard {owner[log].Shard} ({owner[log].Folder}) and in shard {shard.Shard} ({shard.Folder})");
                }
            }
        }
    }

    private static List<EnvironmentRow> Environments(IReadOnlyList<ShardRun> shards, string runId)
        => [.. shards
            .GroupBy(shard => shard.Environment.Machine)
            .Select(machine => machine.First().Environment with { RunId = runId, Shards = ShardSet.Of(machine.Select(shard => shard.Shard)) })];

    private static List<(RowFile, IReadOnlyList<ShardRows>)> RowFiles(IReadOnlyList<ShardRun> shards)
        => [.. shards
            .SelectMany(shard => shard.RowFiles)
            .GroupBy(rows => rows.File.FileName, StringComparer.Ordinal)
            .OrderBy(file => file.Key, StringComparer.Ordinal)
            .Select(file => (file.First().File, (IReadOnlyList<ShardRows>)[.. file]))];
}

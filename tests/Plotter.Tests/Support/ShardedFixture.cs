namespace Lab.Plotter.Tests.Support;

/// <summary>
/// The committed fixture run (Fixtures/results) split as a sharded run would be: its cell groups dealt round
/// robin (ordinal order) to <see cref="Count"/> shards, each shard a run folder with its own rows, its
/// environment row (shard <c>i/n</c>, host <c>host-a</c>) and the whole plan in shard-plan.csv, written through
/// Lab.Results in a fresh temporary directory (deleted on dispose). Tests may corrupt their shards.
/// </summary>
public sealed class ShardedFixture : IDisposable
{
    public ShardedFixture(int count = 3)
    {
        Count = count;
        Root = Directory.CreateTempSubdirectory("lab-merge-").FullName;
        var summary = SummaryRow.Read(Path.Combine(FixtureFolder.Source, ResultFiles.Summary));
        var measurements = MeasurementRow.Read(Path.Combine(FixtureFolder.Source, ResultFiles.Measurements));
        Environment = EnvironmentRow.Read(Path.Combine(FixtureFolder.Source, ResultFiles.Environment)) with { Host = "host-a", Arch = "x64" };
        var groups = summary.Select(CellGroup.Of).Distinct().Order().ToList();
        Plan = [.. groups.Select((group, i) => new ShardPlanRow(new Shard((i % count) + 1, count), group, summary.Count(row => CellGroup.Of(row) == group), 1))];
        Summary = summary;
        foreach (var shard in Shard.All(count))
        {
            var own = Plan.Where(row => row.Shard == shard).Select(row => row.Group).ToHashSet();
            var folder = Folder(shard.Index);
            Directory.CreateDirectory(folder);
            ResultFiles.WriteMatrixRun(
                folder,
                summary.Where(row => own.Contains(CellGroup.Of(row))),
                measurements.Where(row => own.Contains(CellGroup.Of(row))),
                Environment with { RunId = Path.GetFileName(folder), Shards = ShardSet.Of(shard) });
            ShardPlanRow.Write(Path.Combine(folder, ResultFiles.ShardPlan), Plan);
        }
    }

    public int Count { get; }

    public string Root { get; }

    /// <summary>The fixture's environment row, before its shard was set.</summary>
    public EnvironmentRow Environment { get; }

    /// <summary>The partition every shard's shard-plan.csv holds.</summary>
    public IReadOnlyList<ShardPlanRow> Plan { get; }

    /// <summary>The fixture's summary rows, unsharded.</summary>
    public IReadOnlyList<SummaryRow> Summary { get; }

    /// <summary>Every shard's folder, 1..n.</summary>
    public IReadOnlyList<string> Folders => [.. Enumerable.Range(1, Count).Select(Folder)];

    /// <summary>The folder of shard <paramref name="index"/>.</summary>
    public string Folder(int index) => Path.Combine(Root, $"shard-{index}");

    /// <summary>A folder under the root that does not exist yet, for --out.</summary>
    public string Out => Path.Combine(Root, "merged");

    /// <summary>Rewrites shard <paramref name="index"/>'s environment row.</summary>
    public void SetEnvironment(int index, Func<EnvironmentRow, EnvironmentRow> change)
    {
        var path = Path.Combine(Folder(index), ResultFiles.Environment);
        change(EnvironmentRow.Read(path)).Write(path);
    }

    /// <summary>Rewrites shard <paramref name="index"/>'s summary rows.</summary>
    public void SetSummary(int index, Func<IReadOnlyList<SummaryRow>, IEnumerable<SummaryRow>> change)
    {
        var path = Path.Combine(Folder(index), ResultFiles.Summary);
        SummaryRow.Table.WriteFile(path, [.. change(SummaryRow.Read(path))]);
    }

    /// <summary>The groups planned for shard <paramref name="index"/>.</summary>
    public IReadOnlyList<CellGroup> GroupsOf(int index) => [.. Plan.Where(row => row.Shard.Index == index).Select(row => row.Group)];

    /// <summary>Every file and folder under the root, relative paths, ordinal order.</summary>
    public IReadOnlyList<string> Tree()
        => [.. Directory.GetFileSystemEntries(Root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path)).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

namespace Lab.Results;

/// <summary>
/// One row of shard-plan.csv: one cell group and the shard it was given (results/README.md). A sharded run
/// writes the whole partition (every shard's groups, not only its own) into its folder, so a merge can check
/// from any one shard that all shards are present and that every group was measured exactly once.
/// </summary>
/// <param name="Shard">The shard the group belongs to (never <see cref="Shard.Unsharded"/> in a file).</param>
/// <param name="Group">The cell group.</param>
/// <param name="Cells">Cells of the group in this run (maps x the group's other axes); positive.</param>
/// <param name="EstimateSeconds">The run estimate of the group, seconds: what the partition balanced.</param>
public sealed record ShardPlanRow(Shard Shard, CellGroup Group, int Cells, double EstimateSeconds)
{
    private static readonly ColumnFactory<ShardPlanRow> c = new();

    /// <summary>The file and its columns in contract order.</summary>
    public static CsvTable<ShardPlanRow> Table { get; } = new(ResultFiles.ShardPlan, () => new ShardPlanRow(Shard.Unsharded, default, 0, 0),
    [
        c.Custom("shard", r => r.Shard.ToString(), (r, record) => r with { Shard = ParseShard(record) }),
        c.Text("cell_group", r => r.Group.Key, (r, v) => r with { Group = new CellGroup(v) }),
        c.WholeNumber("cells", r => r.Cells, (r, v) => r with { Cells = v }),
        c.Number("estimate_s", r => r.EstimateSeconds, (r, v) => r with { EstimateSeconds = v }),
    ]);

    /// <summary>
    /// Reads shard-plan.csv strictly: valid shards of one count, positive cells, no group twice; throws
    /// <see cref="ResultsFileException"/> naming file, line and column. Rows come back in file order.
    /// </summary>
    public static IReadOnlyList<ShardPlanRow> Read(string path)
    {
        var groups = new HashSet<CellGroup>();
        int? count = null;
        return Table.ReadFile(path, (row, record) =>
        {
            if (row.Cells <= 0)
            {
                throw record.Error("cells", $"{row.Cells} is not a positive cell count");
            }

            if (count is { } n && n != row.Shard.Count)
            {
                throw record.Error("shard", $"'{row.Shard}' is a shard of {row.Shard.Count}, the file's earlier rows of {n}");
            }

            count = row.Shard.Count;
            if (!groups.Add(row.Group))
            {
                throw record.Error("cell_group", $"'{row.Group}' is listed twice");
            }
        });
    }

    /// <summary>Writes the rows in the given order.</summary>
    public static void Write(string path, IEnumerable<ShardPlanRow> rows) => Table.WriteFile(path, rows);

    private static Shard ParseShard(CsvRecord record)
        => Shard.TryParse(record.Text("shard"), out var shard, out var problem) ? shard : throw record.Error("shard", problem);
}

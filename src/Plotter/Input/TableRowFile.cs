namespace Lab.Plotter.Input;

/// <summary>A row file with a Lab.Results row type: read with that type's strict reader, written through its table.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class TableRowFile<TRow> : RowFile
{
    private readonly CsvTable<TRow> table;
    private readonly Func<string, IReadOnlyList<TRow>> read;
    private readonly Func<TRow, CellGroup>? groupOf;

    /// <param name="table">The file's table (its name is the file's).</param>
    /// <param name="read">Reads the file from a folder, strictly.</param>
    /// <param name="groupOf">A row's cell group; null when the file's rows have none (they are then only joined).</param>
    public TableRowFile(CsvTable<TRow> table, Func<string, IReadOnlyList<TRow>> read, Func<TRow, CellGroup>? groupOf)
        : base(table.FileName)
    {
        this.table = table;
        this.read = read;
        this.groupOf = groupOf;
    }

    public override ShardRows Read(string folder)
    {
        var rows = read(folder);
        return new Rows(this, rows, groupOf is null ? new HashSet<CellGroup>() : [.. rows.Select(groupOf)]);
    }

    public override void Write(string path, IReadOnlyList<ShardRows> parts)
        => table.WriteFile(path, parts.Cast<Rows>().SelectMany(part => part.Values));

    private sealed class Rows(RowFile file, IReadOnlyList<TRow> values, IReadOnlySet<CellGroup> groups) : ShardRows(file, groups)
    {
        public IReadOnlyList<TRow> Values { get; } = values;
    }
}

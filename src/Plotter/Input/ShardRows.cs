namespace Lab.Plotter.Input;

/// <summary>
/// One row file (a top-level CSV) of one shard's folder, read: its name, the cell groups its rows belong to
/// (empty for a file whose rows have no cell group) and the rows themselves, kept for <see cref="RowFile.Write"/>.
/// </summary>
internal abstract class ShardRows
{
    protected ShardRows(RowFile file, IReadOnlySet<CellGroup> groups)
    {
        File = file;
        Groups = groups;
    }

    /// <summary>The kind of file these rows were read as.</summary>
    public RowFile File { get; }

    /// <summary>The distinct cell groups of the rows.</summary>
    public IReadOnlySet<CellGroup> Groups { get; }
}

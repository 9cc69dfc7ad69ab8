namespace Lab.Plotter.Input;

/// <summary>
/// A kind of row file a shard's folder may hold (summary.csv, measurements.csv, ...): how to read it from
/// one folder, strictly, through Lab.Results, and how to write the rows of every shard into one file of the
/// merged run (shards in the order given, rows in file order). <see cref="RowFiles"/> lists the kinds.
/// </summary>
internal abstract class RowFile
{
    protected RowFile(string fileName) => FileName = fileName;

    /// <summary>The file's name in a run folder.</summary>
    public string FileName { get; }

    /// <summary>Reads the file of <paramref name="folder"/>; throws <see cref="ResultsFileException"/> on bad input.</summary>
    public abstract ShardRows Read(string folder);

    /// <summary>Writes the rows of <paramref name="parts"/> (each read by this kind) to <paramref name="path"/>.</summary>
    public abstract void Write(string path, IReadOnlyList<ShardRows> parts);
}

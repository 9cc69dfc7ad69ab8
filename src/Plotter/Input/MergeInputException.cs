namespace Lab.Plotter.Input;

/// <summary>
/// Shard folders that cannot be merged into one run: a missing or repeated shard, shards of different
/// commits, profiles or shard counts, a cell group measured twice or not at all, a cell group measured on two
/// machines, a file two shards both hold. The message names the file, the shard and the cell group.
/// <see cref="MergeCommand"/> maps it to exit code 2 with nothing written.
/// </summary>
internal sealed class MergeInputException : Exception
{
    public MergeInputException(string message)
        : base(message)
    {
    }

    public MergeInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MergeInputException()
    {
    }
}

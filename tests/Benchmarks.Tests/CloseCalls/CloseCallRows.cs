namespace Lab.Benchmarks.Tests.CloseCalls;

/// <summary>Synthetic summary rows and run folders for the close-call tests.</summary>
internal static class CloseCallRows
{
    /// <summary>A summary row of <paramref name="id"/> (scenario/map/mix/size/threads/keys) at <paramref name="ns"/> ns/op.</summary>
    public static SummaryRow Summary(string id, double ns) => new()
    {
        Cell = CellId.Parse(id),
        ReadPercent = 100,
        NsPerOp = ns,
        MopsPerSecond = 1000 / ns,
        Iterations = 7,
    };

    /// <summary>A run folder holding only summary.csv with <paramref name="rows"/>.</summary>
    public static string RunFolder(string root, params SummaryRow[] rows)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "run")).FullName;
        SummaryRow.Table.WriteFile(Path.Combine(folder, ResultFiles.Summary), rows);
        return folder;
    }
}

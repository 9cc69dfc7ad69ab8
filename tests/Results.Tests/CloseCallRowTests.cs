namespace Lab.Results.Tests;

/// <summary>close-calls.csv: measured and unmeasured rows round trip; a row whose status and figures disagree is refused at its line and column.</summary>
public sealed class CloseCallRowTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lab-close-calls-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File_ => Path.Combine(folder, ResultFiles.CloseCalls);

    private static readonly CloseCallRow measured = new()
    {
        Cell = "matrix/{map}/read100/1000/2/uniform",
        Leader = "cow",
        RunnerUp = "concurrent",
        LaunchRatio = 1.04,
        Status = CloseCallRow.Measured,
        Process = 2,
        LoadOrder = "b-first",
        Pairs = 31,
        Settled = true,
        MedianLogRatio = -0.0123,
    };

    [Fact]
    public void Measured_and_unmeasured_rows_round_trip()
    {
        CloseCallRow over = new() { Cell = "matrix/{map}/churn/1000/2/uniform", Leader = "hamt", RunnerUp = "cow", LaunchRatio = 1.1, Status = CloseCallRow.OverCap };
        CloseCallRow.Write(File_, [measured, over]);
        Assert.Equal([measured, over], CloseCallRow.Read(File_));
    }

    [Fact]
    public void A_file_with_only_the_header_reads_as_no_close_call()
    {
        CloseCallRow.Write(File_, []);
        Assert.Empty(CloseCallRow.Read(File_));
    }

    [Theory]
    [InlineData("unknown-status", "2", "0.1", "status")]
    [InlineData("measured", "", "0.1", "median_log_ratio")]
    [InlineData("over-cap", "2", "0.1", "process")]
    public void A_row_whose_status_and_figures_disagree_is_refused(string status, string process, string log, string column)
    {
        File.WriteAllText(File_, $"{CloseCallRow.Table.Header}\nmatrix/{{map}}/read100/1000/2/uniform,cow,concurrent,1.04,{status},{process},a-first,30,yes,{log}\n");
        var error = Assert.Throws<ResultsFileException>(() => CloseCallRow.Read(File_));
        Assert.Contains($"line 2, column '{column}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_is_not_a_template_is_refused()
    {
        CloseCallRow.Write(File_, [measured with { Cell = "matrix/cow/read100/1000/2/uniform" }]);
        Assert.Throws<ResultsFileException>(() => CloseCallRow.Read(File_));
    }
}

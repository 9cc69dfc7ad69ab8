using Lab.Plotter.Tests.Support;

namespace Lab.Plotter.Tests.Input;

public sealed class ReadersTests
{
    private static string Fixture(string name) => Path.Combine(FixtureFolder.Source, name);

    [Fact]
    public void Summary_reads_every_row_with_its_values_and_empty_fields_as_null()
    {
        var rows = SummaryRow.Read(Fixture(ResultFiles.Summary), MapIds.Problem);

        Assert.Equal(File.ReadAllLines(Fixture(ResultFiles.Summary)).Length - 1, rows.Count);
        var noop = rows[0];
        Assert.Equal(new CellId("matrix", "noop", "read100", 1000, 1, "uniform"), noop.Cell);
        Assert.Equal(100, noop.ReadPercent);
        Assert.Equal(1000 / noop.NsPerOp, noop.MopsPerSecond, 3);
        Assert.Null(noop.Counters.EntriesCopiedPerWrite);
        Assert.Equal(8, noop.Iterations);

        var cowWrites = rows.Single(row => row.Cell.ToString() == "matrix/cow/read50/10000/2/uniform");
        Assert.Equal(10_000, cowWrites.Counters.EntriesCopiedPerWrite);
        Assert.Equal(1, cowWrites.Counters.RebuildsPerWrite);
        Assert.Null(cowWrites.Counters.CasRetriesPerWrite);
        Assert.True(cowWrites.NsPerOpCiLower < cowWrites.NsPerOp && cowWrites.NsPerOp < cowWrites.NsPerOpCiUpper);

        var target = rows.Single(row => row.Cell.ToString() == "targets/hamt/insert/100000/1/uniform");
        Assert.Null(target.ReadPercent);
        Assert.Equal(820, target.BytesPerOp);
    }

    [Fact]
    public void Measurements_group_by_cell_in_launch_and_iteration_order()
    {
        var measurements = MeasurementRow.Read(Fixture(ResultFiles.Measurements), MapIds.Problem);
        var byCell = MeasurementRow.GroupByCell(measurements);

        Assert.All(byCell.Values, values => Assert.Equal(8, values.Count));
        var cell = "matrix/cow/read90/1000/1/uniform";
        var expected = measurements.Where(m => m.Cell.ToString() == cell).OrderBy(m => m.Iteration).Select(m => m.NsPerOp);
        Assert.Equal(expected, byCell[CellId.Parse(cell)]);
        Assert.Equal(measurements.Select(m => m.Cell).Distinct().Count(), byCell.Count);
    }

    [Fact]
    public void Environment_reads_the_one_row_and_names_the_machine()
    {
        var environment = EnvironmentRow.Read(Fixture(ResultFiles.Environment));

        Assert.Equal("20261127T183000Z-1a2b3c4", environment.RunId);
        Assert.Equal(2, environment.LogicalCores);
        Assert.Equal(
            "Fixture CPU @ 2.40GHz (synthetic) · 2 logical / 1 physical cores · .NET 10.0.0 · workstation concurrent GC",
            environment.MachineCaption());
    }

    [Fact]
    public void Summary_columns_are_the_contract_columns()
    {
        var header = File.ReadAllLines(Fixture(ResultFiles.Summary))[0].Split(',');
        Assert.Equal(SummaryRow.Table.Columns.Where(column => !column.AddedLater).Select(column => column.Name), header);
        Assert.Equal(MeasurementRow.Table.ColumnNames, File.ReadAllLines(Fixture(ResultFiles.Measurements))[0].Split(','));
        Assert.Equal(EnvironmentRow.Table.Columns.Where(column => !column.AddedLater).Select(column => column.Name), File.ReadAllLines(Fixture(ResultFiles.Environment))[0].Split(','));
    }

    [Fact]
    public void Fields_may_be_quoted_and_columns_reordered()
    {
        using var folder = new FixtureFolder();
        folder.WriteLines(ResultFiles.Environment,
        [
            "job,run_id,date_utc,commit,profile,cpu,logical_cores,physical_cores,os,runtime,gc_mode,bdn_version",
            "\"IterationCount=8, LaunchCount=1\",r1,2026-01-01T00:00:00Z,abc,quick,\"CPU, with comma\",4,,Linux,.NET 10.0.0,server,0.15.8",
        ]);

        var environment = EnvironmentRow.Read(folder.File(ResultFiles.Environment));

        Assert.Equal("CPU, with comma", environment.Cpu);
        Assert.Equal("IterationCount=8, LaunchCount=1", environment.Job);
        Assert.Null(environment.PhysicalCores);
        Assert.Null(environment.ShardCount); // a run from before the column
    }

    [Theory]
    [InlineData("64", 64)]
    [InlineData("", null)]
    public void Environment_reads_the_optional_shard_count(string field, int? expected)
    {
        using var folder = new FixtureFolder();
        folder.WriteLines(ResultFiles.Environment,
        [
            "run_id,date_utc,commit,profile,cpu,logical_cores,physical_cores,os,runtime,gc_mode,bdn_version,job,shard_count",
            $"r1,2026-01-01T00:00:00Z,abc,quick,cpu,2,2,Linux,.NET 10.0.0,server,0.15.8,job,{field}",
        ]);

        Assert.Equal(expected, EnvironmentRow.Read(folder.File(ResultFiles.Environment)).ShardCount);
    }

    [Fact]
    public void Environment_rejects_a_shard_count_that_is_not_positive()
    {
        using var folder = new FixtureFolder();
        folder.WriteLines(ResultFiles.Environment,
        [
            "run_id,date_utc,commit,profile,cpu,logical_cores,physical_cores,os,runtime,gc_mode,bdn_version,job,shard_count",
            "r1,2026-01-01T00:00:00Z,abc,quick,cpu,2,2,Linux,.NET 10.0.0,server,0.15.8,job,0",
        ]);

        var error = Assert.Throws<ResultsFileException>(() => EnvironmentRow.Read(folder.File(ResultFiles.Environment)));
        Assert.Contains("shard_count", error.Message, StringComparison.Ordinal);
    }
}

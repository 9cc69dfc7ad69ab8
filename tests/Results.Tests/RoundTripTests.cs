namespace Lab.Results.Tests;

/// <summary>What a writer writes, the strict reader reads back unchanged; what it refuses names file, line and column.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lab-results-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Summary_and_measurement_rows_round_trip()
    {
        SummaryRow summary = new()
        {
            Cell = CellId.Parse("matrix/cow/read90/1000/2/uniform"),
            ReadPercent = 90,
            NsPerOp = 12.5,
            NsPerOpCiLower = 0,
            MopsPerSecond = 80,
            Iterations = 15,
            Counters = WriteCounters.None with { EntriesCopiedPerWrite = 1000 },
            Benchmark = "MatrixBenchmarks.Run(Cell: cow/read90/1000/2/uniform)",
            OpsPerInvocation = 4096,
        };
        MeasurementRow measurement = new() { Cell = summary.Cell, ReadPercent = 90, Launch = 1, Iteration = 3, NsPerOp = 12.25 };
        EnvironmentRow environment = new() { RunId = "r", DateUtc = "d", Commit = "c", Profile = "quick", Cpu = "cpu, 2 cores", LogicalCores = 2, Os = "os", Runtime = "rt", GcMode = "gc", BdnVersion = "b", ShardCount = 64 };
        ResultFiles.WriteMatrixRun(folder, [summary], [measurement], environment);

        Assert.Equal(summary, Assert.Single(SummaryRow.Read(Path.Combine(folder, ResultFiles.Summary))));
        Assert.Equal(measurement, Assert.Single(MeasurementRow.Read(Path.Combine(folder, ResultFiles.Measurements))));
        Assert.Equal(environment, EnvironmentRow.Read(Path.Combine(folder, ResultFiles.Environment)));
        Assert.Equal(("matrix/cow/read90/1000/2/uniform", 1, 3, 12.25), Assert.Single(MeasurementRow.ReadIterations(Path.Combine(folder, ResultFiles.Measurements))));
    }

    [Fact]
    public void Latency_rows_round_trip_with_their_histogram_inside_the_folder()
    {
        var cell = new RateCellId("cow", 1000, 2, "100", GcModes.Workstation);
        LatencyRow row = new()
        {
            Cell = cell,
            WindowSeconds = 2,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = 1e7,
            ReaderSamples = 20,
            ReaderP50Ns = 60,
            Writes = 200,
            AchievedWritesPerSecond = 100,
            RateMet = true,
            WriterP99Ns = 5000,
            TimerNsPerCall = 0.5,
            WarmupSettled = true,
            Histogram = cell.HistogramPath,
        };
        Directory.CreateDirectory(Path.Combine(folder, ResultFiles.HistogramFolder));
        File.WriteAllText(row.HistogramPathIn(folder), string.Empty);
        ResultFiles.WriteRateRun(folder, [row], new EnvironmentRow { RunId = "r", DateUtc = "d", Commit = "c", Profile = "rate-quick", Cpu = "cpu", LogicalCores = 2, Os = "os", Runtime = "rt", GcMode = "gc", BdnVersion = "b" });

        Assert.Equal(row, Assert.Single(LatencyRow.Read(folder)));
        Assert.Contains(",100,workstation,", File.ReadAllLines(Path.Combine(folder, ResultFiles.Latency))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Replicates_of_a_cell_round_trip_with_their_steady_state_and_one_cell_replicate_pair_is_unique()
    {
        var cell = new RateCellId("layered", 10_000, 2, "1000", GcModes.Workstation);
        LatencyRow Replicate(int replicate, bool steady) => new()
        {
            Cell = cell,
            Replicate = replicate,
            WindowSeconds = 0.8,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = 1e7,
            ReaderSamples = 20,
            AchievedWritesPerSecond = 1000,
            RateMet = true,
            WarmupMs = 1_250.5,
            WarmupWrites = 1_250,
            SteadyState = steady,
            SteadyStateNote = steady ? null : "no compaction within the 4 s warm-up cap, expected after about 322 writes",
            Histogram = cell.HistogramPathFor(replicate),
        };
        var environment = new EnvironmentRow { RunId = "r", DateUtc = "d", Commit = "c", Profile = "rate-default", Cpu = "cpu", LogicalCores = 2, Os = "os", Runtime = "rt", GcMode = "gc", BdnVersion = "b" };
        LatencyRow[] rows = [Replicate(1, steady: true), Replicate(2, steady: false)];
        Directory.CreateDirectory(Path.Combine(folder, ResultFiles.HistogramFolder));
        foreach (var row in rows)
        {
            File.WriteAllText(row.HistogramPathIn(folder), string.Empty);
        }

        ResultFiles.WriteRateRun(folder, rows, environment);
        Assert.Equal(rows, LatencyRow.Read(folder));

        ResultFiles.WriteRateRun(folder, [rows[0], rows[0]], environment);
        Assert.Contains("replicate 1 appears more than once", Assert.Throws<ResultsFileException>(() => LatencyRow.Read(folder)).Message, StringComparison.Ordinal);

        ResultFiles.WriteRateRun(folder, [rows[1] with { SteadyStateNote = null }], environment);
        Assert.Contains("must say why", Assert.Throws<ResultsFileException>(() => LatencyRow.Read(folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Experiment_verdict_and_paired_rows_round_trip()
    {
        var experiment = ExperimentRow.Of(ExperimentNames.WriteCost, "hamt", 1000, 1, "entries", 1000, 2, ExperimentMetrics.NsPerWrite, 812.5);
        ExperimentRow.Table.WriteFile(Path.Combine(folder, ResultFiles.Experiments), [experiment]);
        Assert.Equal(experiment, Assert.Single(ExperimentRow.Read(Path.Combine(folder, ResultFiles.Experiments))));
        Assert.Equal("ns/write", experiment.Unit);

        VerdictRow verdict = new() { Cell = "matrix/cow/read90/1000/2/uniform", Verdict = "Same", Mode = "in-process", Ratio = 1.01, Confidence = 0.99, Threshold = 0.02, Margin = 0.05, BaseLaunches = 24, DiffLaunches = 24 };
        VerdictRow.Table.WriteFile(Path.Combine(folder, ResultFiles.Verdicts), [verdict]);
        Assert.Equal(verdict, Assert.Single(VerdictRow.Read(Path.Combine(folder, ResultFiles.Verdicts))));

        PairedRow paired = new() { Cell = "targets/{map}/lookup/1000/1/uniform", A = "targets/hamt/lookup/1000/1/uniform", B = "targets/cow/lookup/1000/1/uniform", LoadOrder = "b-first", Pairs = 40, SliceInvocations = 8, Settled = false, MedianLogRatio = -0.031 };
        using (var text = new StringWriter())
        {
            using (var writer = PairedRow.Table.OpenWriter(text))
            {
                writer.Write(paired);
            }

            File.WriteAllText(Path.Combine(folder, ResultFiles.Paired), text.ToString());
        }

        var read = Assert.Single(PairedRow.Read(Path.Combine(folder, ResultFiles.Paired)));
        Assert.Equal(paired, read);
        Assert.Equal("targets/hamt/lookup/1000/1/uniform vs targets/cow/lookup/1000/1/uniform", read.ComparedCell);
    }

    [Fact]
    public void A_paired_file_from_before_the_later_columns_reads_them_as_absent()
    {
        var path = Path.Combine(folder, ResultFiles.Paired);
        File.WriteAllText(path, "cell,a,b,median_log_ratio\nmatrix/cow/read90/1000/2/uniform,base,diff,0.01\n");
        var row = Assert.Single(PairedRow.Read(path));
        Assert.Null(row.Settled);
        Assert.Equal("matrix/cow/read90/1000/2/uniform", row.ComparedCell);
    }

    [Fact]
    public void A_second_environment_row_is_refused_at_its_line()
    {
        var path = Path.Combine(folder, ResultFiles.Environment);
        var environment = new EnvironmentRow { RunId = "r", DateUtc = "d", Commit = "c", Profile = "p", Cpu = "cpu", LogicalCores = 2, Os = "os", Runtime = "rt", GcMode = "gc", BdnVersion = "b" };
        EnvironmentRow.Table.WriteFile(path, [environment, environment]);
        var error = Assert.Throws<ResultsFileException>(() => EnvironmentRow.Read(path));
        Assert.Equal((path, 3L, (string?)null), (error.File, error.Line, error.Column));
    }
}

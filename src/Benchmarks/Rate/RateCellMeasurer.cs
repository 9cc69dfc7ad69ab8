using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using HdrHistogram;
using Lab.Benchmarks.Harness;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Measures rate cells inside one process: warms the JIT up once over every map of the process, then
/// for each cell collects the garbage left before it, runs it to its steady state (<see cref="SteadyStateDetector"/>),
/// measures for the window, and turns what was recorded into a <see cref="LatencyRow"/> and a
/// histogram log.
/// </summary>
internal static class RateCellMeasurer
{
    /// <summary>Back-to-back timer calls per round of the timer's cost measurement.</summary>
    public const int TimerCalls = 50_000;

    /// <summary>Rounds of the timer's cost measurement.</summary>
    public const int TimerRounds = 7;

    /// <summary>Largest map built for the process's JIT warm-up: the code paths are those of the measured sizes, the build stays short.</summary>
    public const int WarmupSize = 10_000;

    /// <summary>How often the coordinating thread looks at the GC's latest pauses during a window.</summary>
    public static readonly TimeSpan GcPollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Runs the JIT warm-up once for the whole process on throw-away instances of every map of
    /// <paramref name="cells"/> (at most <see cref="WarmupSize"/> entries each), reads and writes on this
    /// thread round-robin over the maps until nothing has been compiled for
    /// <see cref="TieringWarmup.QuietWindow"/>. Round-robin keeps the JIT's type profile of the shared read
    /// and write loops spread over every map, so no map is measured on code the JIT specialised for
    /// another (guarded devirtualization of the first map seen).
    /// </summary>
    /// <returns>Whether tiering settled.</returns>
    public static bool WarmUp(IReadOnlyList<RateCell> cells, TextWriter log)
    {
        var setups = cells.DistinctBy(cell => cell.Map)
            .Select(cell => RateCellSetup.Create(cell with { Size = Math.Min(cell.Size, WarmupSize), Rate = new WriteRate(1_000) }))
            .ToList();
        long step = 0;
        var settled = TieringWarmup.Run(
            () =>
            {
                var setup = setups[(int)(step % setups.Count)];
                _ = setup.Readers[0].ReadBlock(Stopwatch.GetTimestamp());
                setup.Writer.Write(step++ / setups.Count);
            },
            log);
        foreach (var setup in setups)
        {
            _ = new FixedRateWriter(StopwatchClock.Instance, WriteRate.Max).Run(Stopwatch.GetTimestamp(), Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 200), setup.Writer.Write);
        }

        return settled;
    }

    /// <summary>
    /// The cost of one <see cref="Stopwatch.GetTimestamp"/> call, ns: the median over
    /// <see cref="TimerRounds"/> rounds of <see cref="TimerCalls"/> back-to-back calls (a round that a
    /// busy machine interrupts does not move the median).
    /// </summary>
    public static double TimerNanosecondsPerCall()
    {
        var rounds = new double[TimerRounds];
        long sink = 0;
        for (var round = 0; round < rounds.Length; round++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < TimerCalls; i++)
            {
                sink ^= Stopwatch.GetTimestamp();
            }

            rounds[round] = LatencyHistograms.StopwatchTicksToNanoseconds(Stopwatch.GetTimestamp() - start) / (double)TimerCalls;
        }

        GC.KeepAlive(sink);
        Array.Sort(rounds);
        return rounds[rounds.Length / 2];
    }

    /// <summary>
    /// Measures one cell: builds it, collects the garbage left before it, runs the readers and the writer at
    /// the target rate in sub-windows of <paramref name="window"/> / <see cref="RateProfile.SubWindowsPerWindow"/>
    /// until the <see cref="SteadyStateDetector"/> says steady (or <paramref name="warmupCap"/> is reached),
    /// then measures <paramref name="window"/> in one uninterrupted run; writes its histogram log to
    /// <paramref name="histogramFile"/>. The writer's stream continues across the runs (write i of a run is
    /// write warm-up writes + i of the cell), so the keys written keep spreading as they would in one run.
    /// </summary>
    public static LatencyRow Measure(RateCell cell, TimeSpan window, TimeSpan warmupCap, double timerNanoseconds, bool warmupSettled, string histogramFile)
    {
        var setup = RateCellSetup.Create(cell);
        CollectEverything();
        var detector = RateProfile.Detector(cell, warmupCap);
        var subWindow = window / RateProfile.SubWindowsPerWindow;
        var samples = new List<SubWindowSample>();
        var scratchReaders = LatencyHistograms.Create("reader");
        var scratchLag = LatencyHistograms.Create("lag");
        var scratchWriter = (LatencyHistograms.Create("writer"), LatencyHistograms.Create("writer-service"));
        long writes = 0;
        var warmupClock = Stopwatch.StartNew();
        SteadyStateOutcome outcome;
        do
        {
            var periodicBefore = PeriodicCost.EventsSoFar(setup.Map);
            var phase = Run(setup, subWindow, writes, scratchReaders, scratchLag, scratchWriter);
            writes += phase.Writes;
            samples.Add(new SubWindowSample(phase.Seconds, phase.Gc.Gen2, LatencyHistograms.Percentile(phase.Readers, 99) ?? 0, phase.Writes, PeriodicCost.EventsSoFar(setup.Map) - periodicBefore));
            outcome = detector.Evaluate(samples);
        }
        while (!outcome.Done);

        var warmupMs = warmupClock.Elapsed.TotalMilliseconds;
        var measured = Run(setup, window, writes, LatencyHistograms.Create("reader"), LatencyHistograms.Create("lag"), (LatencyHistograms.Create("writer"), LatencyHistograms.Create("writer-service")));
        var readers = measured.Readers;
        var lag = measured.Lag;
        var written = measured.Written;
        var gcResult = measured.Gc;
        HistogramBase[] logged = written is null ? [readers, lag] : [readers, written.Latency, written.Service, lag];
        WriteLog(histogramFile, measured.StartedUtc, measured.EndedUtc, logged);

        return new LatencyRow
        {
            Cell = cell.Id,
            Replicate = cell.Replicate,
            WindowSeconds = window.TotalSeconds,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = measured.ReaderOpsPerSecond,
            ReaderSamples = readers.TotalCount,
            ReaderP50Ns = LatencyHistograms.Percentile(readers, 50) ?? 0,
            ReaderP90Ns = LatencyHistograms.Percentile(readers, 90) ?? 0,
            ReaderP99Ns = LatencyHistograms.Percentile(readers, 99) ?? 0,
            ReaderP999Ns = LatencyHistograms.Percentile(readers, 99.9) ?? 0,
            ReaderP9999Ns = LatencyHistograms.Percentile(readers, 99.99) ?? 0,
            ReaderMaxNs = LatencyHistograms.Max(readers) ?? 0,
            Writes = written?.Writes ?? 0,
            AchievedWritesPerSecond = written?.AchievedPerSecond,
            RateMet = written?.RateMet,
            WriterP50Ns = written is null ? null : LatencyHistograms.Percentile(written.Latency, 50),
            WriterP99Ns = written is null ? null : LatencyHistograms.Percentile(written.Latency, 99),
            WriterMaxNs = written is null ? null : LatencyHistograms.Max(written.Latency),
            WriterServiceP99Ns = written is null ? null : LatencyHistograms.Percentile(written.Service, 99),
            LagSamples = lag.TotalCount,
            LagP50Ns = LatencyHistograms.Percentile(lag, 50),
            LagP99Ns = LatencyHistograms.Percentile(lag, 99),
            LagMaxNs = LatencyHistograms.Max(lag),
            Gen0Collections = gcResult.Gen0,
            Gen1Collections = gcResult.Gen1,
            Gen2Collections = gcResult.Gen2,
            GcPauseTotalMs = gcResult.PauseTotalMs,
            GcPauseMaxMs = gcResult.PauseMaxMs,
            AllocatedBytesPerSecond = gcResult.AllocatedBytesPerSecond,
            LohBytesEnd = gcResult.LohBytes,
            TimerNsPerCall = timerNanoseconds,
            WarmupSettled = warmupSettled,
            WarmupMs = warmupMs,
            WarmupWrites = writes,
            SteadyState = outcome.Steady,
            SteadyStateNote = outcome.Note,
            Histogram = cell.HistogramPath,
        };
    }

    /// <summary>
    /// One uninterrupted run of the cell's readers (fresh histograms) and, when it has one, its writer (writes
    /// numbered from <paramref name="firstWrite"/>) for <paramref name="duration"/>, released together; the
    /// readers' histograms are merged into <paramref name="readersInto"/> and <paramref name="lagInto"/>, the
    /// writer records into <paramref name="writerInto"/> (all cleared first).
    /// </summary>
    private static RatePhaseResult Run(RateCellSetup setup, TimeSpan duration, long firstWrite, LongHistogram readersInto, LongHistogram lagInto, (LongHistogram Latency, LongHistogram Service) writerInto)
    {
        foreach (var reader in setup.Readers)
        {
            reader.Reset();
        }

        var stop = new StrongBox<bool>(false);
        using var gate = new ManualResetEventSlim(false);
        var ticks = (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long end = 0;
        FixedRateWriterResult? written = null;
        var threads = setup.Readers
            .Select((reader, i) => new Thread(() =>
            {
                gate.Wait();
                reader.Run(stop);
            })
            { Name = $"rate-reader-{i}", IsBackground = true })
            .ToList();
        if (setup.Cell.Rate.HasWriter)
        {
            threads.Add(new Thread(() =>
            {
                gate.Wait();
                written = new FixedRateWriter(StopwatchClock.Instance, setup.Cell.Rate).Run(Stopwatch.GetTimestamp(), Volatile.Read(ref end), i => setup.Writer.Write(firstWrite + i), writerInto.Latency, writerInto.Service);
            })
            { Name = "rate-writer", IsBackground = true });
        }

        foreach (var thread in threads)
        {
            thread.Start();
        }

        var startedUtc = DateTime.UtcNow;
        var gc = GcWindow.Start();
        var start = Stopwatch.GetTimestamp();
        Volatile.Write(ref end, start + ticks);
        gate.Set();
        while (Stopwatch.GetTimestamp() is var now && now < start + ticks)
        {
            var remaining = TimeSpan.FromSeconds((double)(start + ticks - now) / Stopwatch.Frequency);
            Thread.Sleep(remaining < GcPollInterval ? remaining : GcPollInterval);
            gc.Poll();
        }

        Volatile.Write(ref stop.Value, true);
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var gcResult = gc.Stop(duration.TotalSeconds);
        GC.KeepAlive(setup.Readers.Aggregate(0, (sum, reader) => sum ^ reader.Sink));
        return new RatePhaseResult(
            duration.TotalSeconds,
            startedUtc,
            DateTime.UtcNow,
            LatencyHistograms.MergeInto(readersInto, setup.Readers.Select(reader => reader.Latency)),
            LatencyHistograms.MergeInto(lagInto, setup.Readers.Select(reader => reader.Lag)),
            setup.Readers.Sum(reader => reader.OperationsPerSecond),
            written,
            gcResult);
    }

    /// <summary>
    /// Writes the histograms in HdrHistogram's log format (version 1.3), each tagged (reader, writer,
    /// writer-service, lag), as UTF-8 text like the other HdrHistogram implementations write it: the .NET
    /// writer emits UTF-16, so its output is transcoded (its reader detects either).
    /// </summary>
    public static void WriteLog(string path, DateTime startedUtc, DateTime endedUtc, IReadOnlyList<HistogramBase> histograms)
    {
        var startMs = new DateTimeOffset(startedUtc).ToUnixTimeMilliseconds();
        var endMs = new DateTimeOffset(endedUtc).ToUnixTimeMilliseconds();
        foreach (var histogram in histograms)
        {
            histogram.StartTimeStamp = startMs;
            histogram.EndTimeStamp = endMs;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var buffer = new MemoryStream();
        HistogramLogWriter.Write(buffer, startedUtc, [.. histograms]);
        using var text = new StreamReader(new MemoryStream(buffer.ToArray()), detectEncodingFromByteOrderMarks: true);
        File.WriteAllText(path, text.ReadToEnd(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void CollectEverything()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}

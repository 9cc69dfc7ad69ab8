using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using HdrHistogram;
using Lab.Benchmarks.Harness;
using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Measures rate cells inside one process: warms the JIT up once on the process's first cell, then
/// for each cell collects the garbage left before it, releases the readers and the writer together,
/// measures for the window, and turns what was recorded into a <see cref="LatencyRow"/> and a
/// histogram log.
/// </summary>
internal static class RateCellMeasurer
{
    /// <summary>Back-to-back timer calls per round of the timer's cost measurement.</summary>
    public const int TimerCalls = 50_000;

    /// <summary>Rounds of the timer's cost measurement.</summary>
    public const int TimerRounds = 7;

    /// <summary>How often the coordinating thread looks at the GC's latest pauses during a window.</summary>
    public static readonly TimeSpan GcPollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Runs the JIT warm-up on a throw-away instance of <paramref name="cell"/> (reads and writes on
    /// this thread until nothing has been compiled for <see cref="TieringWarmup.QuietWindow"/>).
    /// </summary>
    /// <returns>Whether tiering settled.</returns>
    public static bool WarmUp(RateCell cell, TextWriter log)
    {
        var setup = RateCellSetup.Create(cell with { Rate = new WriteRate(1_000) });
        var reader = setup.Readers[0];
        long writes = 0;
        var settled = TieringWarmup.Run(
            () =>
            {
                _ = reader.ReadBlock(Stopwatch.GetTimestamp());
                setup.Writer.Write(writes++);
            },
            log);
        _ = new FixedRateWriter(StopwatchClock.Instance, WriteRate.Max).Run(Stopwatch.GetTimestamp(), Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 100), setup.Writer.Write);
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

    /// <summary>Measures one cell for <paramref name="window"/>; writes its histogram log to <paramref name="histogramFile"/>.</summary>
    public static LatencyRow Measure(RateCell cell, TimeSpan window, double timerNanoseconds, bool warmupSettled, string histogramFile)
    {
        var setup = RateCellSetup.Create(cell);
        CollectEverything();
        foreach (var reader in setup.Readers)
        {
            reader.Reset();
        }

        var stop = new StrongBox<bool>(false);
        using var gate = new ManualResetEventSlim(false);
        var windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        long windowEnd = 0;
        FixedRateWriterResult? written = null;
        var threads = setup.Readers
            .Select((reader, i) => new Thread(() =>
            {
                gate.Wait();
                reader.Run(stop);
            })
            { Name = $"rate-reader-{i}", IsBackground = true })
            .ToList();
        if (cell.Rate.HasWriter)
        {
            threads.Add(new Thread(() =>
            {
                gate.Wait();
                written = new FixedRateWriter(StopwatchClock.Instance, cell.Rate).Run(Stopwatch.GetTimestamp(), Volatile.Read(ref windowEnd), setup.Writer.Write);
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
        Volatile.Write(ref windowEnd, start + windowTicks);
        gate.Set();
        while (Stopwatch.GetTimestamp() is var now && now < start + windowTicks)
        {
            var remaining = TimeSpan.FromSeconds((double)(start + windowTicks - now) / Stopwatch.Frequency);
            Thread.Sleep(remaining < GcPollInterval ? remaining : GcPollInterval);
            gc.Poll();
        }

        Volatile.Write(ref stop.Value, true);
        foreach (var thread in threads)
        {
            thread.Join();
        }

        var gcResult = gc.Stop(window.TotalSeconds);
        var endedUtc = DateTime.UtcNow;
        var readers = LatencyHistograms.Merge("reader", setup.Readers.Select(reader => reader.Latency));
        var lag = LatencyHistograms.Merge("lag", setup.Readers.Select(reader => reader.Lag));
        HistogramBase[] logged = written is null ? [readers, lag] : [readers, written.Latency, written.Service, lag];
        WriteLog(histogramFile, startedUtc, endedUtc, logged);
        GC.KeepAlive(setup.Readers.Aggregate(0, (sum, reader) => sum ^ reader.Sink));

        return new LatencyRow
        {
            Cell = cell.Id,
            WindowSeconds = window.TotalSeconds,
            ReadsTimedEvery = 1,
            ReaderOpsPerSecond = setup.Readers.Sum(reader => reader.OperationsPerSecond),
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
            Histogram = cell.HistogramPath,
        };
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

using Lab.CommandLine;

namespace Lab.Paired.Tests;

public class PairedSessionTests
{
    [Fact]
    public void Each_pair_runs_both_sides_once_in_a_random_order_and_reports_their_time_ratio()
    {
        // A fake clock: A's invocation costs 1,000,000 ticks, B's 1,100,000, so every pair's log ratio is log 1.1.
        long now = 0;
        var order = new List<char>();
        var afterSlice = 0;
        var a = Fake('a', 1_000_000);
        var b = Fake('b', 1_100_000);

        var result = PairedSession.Measure(a, b, TimeSpan.FromTicks(1), TimeSpan.Zero, minimumPairs: 200, new Random(1), () => now);

        Assert.Equal(200, result.LogRatios.Length);
        Assert.All(result.LogRatios, r => Assert.Equal(Math.Log(1.1), r, 12));
        Assert.Equal(Math.Log(1.1), result.MedianLogRatio, 12);
        Assert.Equal(order.Count, afterSlice); // every slice, warm-up and calibration included, is followed by AfterSlice
        var measured = order.Skip(order.Count - 400).Chunk(2).Select(p => new string(p)).ToList();
        Assert.All(measured, p => Assert.Contains(p, new[] { "ab", "ba" }));
        Assert.InRange(measured.Count(p => p == "ab"), 70, 130); // both orders, about half each

        SliceRunner Fake(char side, long ticksPerInvocation) => new(
            invocations =>
            {
                order.Add(side);
                now += invocations * ticksPerInvocation;
                return invocations;
            },
            () => afterSlice++,
            () => { },
            int.MaxValue);
    }

    [Fact]
    public void Sides_whose_invocations_hold_different_work_are_compared_per_operation()
    {
        // A matrix invocation is sized per map: A runs 1,800 operations in 18,000,000 ticks (10,000 a
        // operation), B 446,800 in 17,872,000 (40 an operation): per invocation B looks 0.99x, per
        // operation it is 250 times faster.
        long now = 0;
        SliceRunner Fake(long ticksPerInvocation, long? operations) => new(
            invocations =>
            {
                now += invocations * ticksPerInvocation;
                return 0;
            },
            () => { },
            () => { },
            int.MaxValue,
            operations);

        var perOperation = PairedSession.Measure(Fake(18_000_000, 1_800), Fake(17_872_000, 446_800), TimeSpan.FromTicks(1), TimeSpan.Zero, 5, new Random(1), () => now);
        var unstated = PairedSession.Measure(Fake(18_000_000, null), Fake(17_872_000, 446_800), TimeSpan.FromTicks(1), TimeSpan.Zero, 5, new Random(1), () => now);

        Assert.Equal(Math.Log(1 / 250.0), perOperation.MedianLogRatio, 9);
        Assert.Equal(Math.Log(17_872_000 / 18_000_000.0), unstated.MedianLogRatio, 9); // a version-2 side: per invocation, as that contract compared
    }

    [Fact]
    public void The_slice_is_calibrated_to_the_slower_side_and_bounded_by_the_runners_maximum()
    {
        long now = 0;
        var invocationsSeen = new List<int>();
        SliceRunner Fake(long ticksPerInvocation, int max) => new(
            invocations =>
            {
                invocationsSeen.Add(invocations);
                now += invocations * ticksPerInvocation;
                return 0;
            },
            () => { },
            () => { },
            max);
        var sliceTime = TimeSpan.FromMilliseconds(1);
        var perInvocation = System.Diagnostics.Stopwatch.Frequency / 100_000; // 10 us

        var free = PairedSession.Measure(Fake(perInvocation / 2, int.MaxValue), Fake(perInvocation, int.MaxValue), sliceTime, TimeSpan.Zero, 5, new Random(1), () => now);
        var bounded = PairedSession.Measure(Fake(perInvocation, 32), Fake(perInvocation, 64), sliceTime, TimeSpan.Zero, 5, new Random(1), () => now);

        Assert.Equal(128, free.InvocationsPerSlice); // the first power of two whose slower slice lasts 1 ms (100 x 10 us)
        Assert.Equal(32, bounded.InvocationsPerSlice); // the smaller of the two maxima
        Assert.True(invocationsSeen.Max() <= 128);
    }

    [Theory]
    [InlineData(new[] { "--base", "a", "--maps", "cow", "--cell", "targets/{map}/lookup/1000/1/uniform" }, "--maps: 'cow' is not two map ids")]
    [InlineData(new[] { "--base", "a", "--maps", "cow,dictionary", "--cell", "targets/cow/lookup/1000/1/uniform" }, "{map}")]
    [InlineData(new[] { "--base", "a", "--cell", "c" }, "--diff or --maps are required")]
    [InlineData(new[] { "--base", "a", "--diff", "b" }, "--cell (or --cells-file)")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--cell", "c" }, "named twice")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--cell-ms", "0" }, "--cell-ms: '0' is not a positive number")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--slice-ms", "x" }, "--slice-ms: 'x' is not a positive number")]
    [InlineData(new[] { "--base", "a", "--diff", "b", "--cell", "c", "--colour", "red" }, "unknown option '--colour'")]
    public void Bad_options_are_refused_naming_the_problem(string[] args, string expected)
    {
        var error = Assert.Throws<UsageException>(() => PairedOptions.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cells_file_is_a_clear_error()
    {
        var error = Assert.Throws<UsageException>(() => PairedOptions.Parse(["--base", "a", "--diff", "b", "--cells-file", "/no/such/cells.txt"]));

        Assert.Contains("/no/such/cells.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_come_from_the_options_and_the_cells_file_and_maps_mode_parses_two_maps()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# quick cells", "targets/{map}/update/1000/1/uniform", "", "  matrix/{map}/read100/1000/2/uniform  "]);

            var options = PairedOptions.Parse(["--base", "a", "--maps", "cow,dictionary", "--cell", "targets/{map}/lookup/1000/1/uniform", "--cells-file", file, "--diff-first", "--cell-ms", "250.5"]);

            Assert.NotNull(options);
            Assert.Equal(("cow", "dictionary"), options.Maps);
            Assert.True(options.DiffFirst);
            Assert.Equal(["targets/{map}/lookup/1000/1/uniform", "targets/{map}/update/1000/1/uniform", "matrix/{map}/read100/1000/2/uniform"], options.Cells);
            Assert.Equal(TimeSpan.FromMilliseconds(250.5), options.CellTime);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

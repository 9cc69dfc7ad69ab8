using static Lab.Results.ExperimentMetrics;
using static Lab.Results.ExperimentNames;

namespace Lab.Plotter.Tests.Analysis;

/// <summary>
/// Every part of a claim is judged on its own, from synthetic experiment rows, and the claim takes its weakest part:
/// a "~16x" that holds does not save a "scales linearly" that fails, a CAS faster under contention is a counterexample,
/// a batching variant that misses by far fails the claim, and the mitigation is judged on the live heap after the fill.
/// </summary>
public sealed class ClaimPartsTests : IDisposable
{
    private readonly string charts = Directory.CreateTempSubdirectory("lab-claim-parts-").FullName;

    public void Dispose() => Directory.Delete(charts, recursive: true);

    private ExperimentsContext Context(IEnumerable<ExperimentRow> rows) => new(new ExperimentData([.. rows]), null, null, "caption", charts);

    /// <summary>Five repetitions of <paramref name="value"/>, spread by ±1% so ratios get real intervals.</summary>
    private static IEnumerable<ExperimentRow> Reps(string experiment, string variant, int size, int threads, string param, double paramValue, ExperimentMetric metric, double value)
        => Enumerable.Range(1, 5).Select(rep => new ExperimentRow(experiment, variant, size, threads, param, paramValue, rep, metric.Id, metric.Unit, value * (1 + ((rep - 3) * 0.005))));

    private static IEnumerable<ExperimentRow> Sharded(int size, int writers, int shards, double writesPerSecond)
        => Reps(ShardScaling, "sharded", size, writers, "shards", shards, WritesPerSecond, writesPerSecond);

    [Fact]
    public void Sixteen_x_that_holds_with_parallel_writes_that_do_not_scale_does_not_hold()
    {
        // 16 shards: 16x at 2 writers, but 2 writers are 0.76x of 1 writer: the linear part fails.
        var rows = Sharded(100_000, 1, 1, 1000).Concat(Sharded(100_000, 2, 1, 1000 * 0.76))
            .Concat(Sharded(100_000, 1, 16, 16_000)).Concat(Sharded(100_000, 2, 16, 16_000 * 0.76 * 1.3));
        var claim = ShardScalingClaim.Evaluate(Context(rows));

        Assert.Equal(2, claim.Parts.Count);
        Assert.Equal(ClaimVerdict.Holds, claim.Parts[0].Verdict);
        Assert.Equal(ClaimVerdict.DoesNotHold, claim.Parts[1].Verdict);
        Assert.Contains("scale linearly", claim.Parts[1].Statement, StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.DoesNotHold, claim.Verdict);
    }

    [Fact]
    public void Sixteen_x_with_linear_parallel_writes_holds()
    {
        var rows = Sharded(100_000, 1, 1, 1000).Concat(Sharded(100_000, 2, 1, 2000))
            .Concat(Sharded(100_000, 1, 16, 16_000)).Concat(Sharded(100_000, 2, 16, 32_000));
        Assert.Equal(ClaimVerdict.Holds, ShardScalingClaim.Evaluate(Context(rows)).Verdict);
    }

    private static IEnumerable<ExperimentRow> Cas(string variant, int writers, double writesPerSecond, double retries)
        => Reps(CasContention, variant, 10_000, writers, "none", 0, WritesPerSecond, writesPerSecond)
            .Concat(variant == "cas" ? Reps(CasContention, variant, 10_000, writers, "none", 0, CasRetriesPerWrite, retries) : []);

    [Theory]
    [InlineData(0.5, "Holds")]
    [InlineData(1.09, "DoesNotHold")]
    public void Cas_faster_than_the_lock_under_contention_is_a_counterexample(double ratioAtEight, string expected)
    {
        var rows = Cas("cas", 1, 1000, 0).Concat(Cas("cow", 1, 1000, 0)).Concat(Cas("cas", 8, 1000 * ratioAtEight, 0.9)).Concat(Cas("cow", 8, 1000, 0));
        var claim = CasContentionClaim.Evaluate(Context(rows));

        Assert.Equal(["matches", "suffers"], claim.Parts.Select(part => part.Statement.Contains("matches", StringComparison.Ordinal) ? "matches" : "suffers"));
        Assert.Equal(ClaimVerdict.Holds, claim.Parts[0].Verdict);
        Assert.Equal(Enum.Parse<ClaimVerdict>(expected), claim.Parts[1].Verdict);
        Assert.Equal(Enum.Parse<ClaimVerdict>(expected), claim.Verdict);
    }

    [Fact]
    public void One_batching_variant_missing_by_far_makes_the_claim_not_hold()
    {
        IEnumerable<ExperimentRow> Batch(string variant, int batch, double bytes) => Reps(Batching, variant, 1000, 1, "batch", batch, BytesPerUpdate, bytes);
        var rows = Batch("map-cow", 1, 10_000).Concat(Batch("map-cow", 100, 100))
            .Concat(Batch("store-batchupdate", 1, 1000)).Concat(Batch("store-batchupdate", 100, 1000 / 1.22));
        var claim = BatchingClaim.Evaluate(Context(rows));

        Assert.Equal([ClaimVerdict.Holds, ClaimVerdict.DoesNotHold], claim.Parts.Select(part => part.Verdict));
        Assert.Equal(ClaimVerdict.DoesNotHold, claim.Verdict);
    }

    private static ExperimentRow Memory(string phase, double seconds, ExperimentMetric metric, double value)
        => new(MemoryGrowth, phase, 10_000, 1, "t_s", seconds, 1, metric.Id, metric.Unit, value);

    private static IEnumerable<ExperimentRow> MemoryRun(bool withAfterFill, double afterFillGrowthPerSecond)
    {
        // The bug: 1 MB -> 213 MB in 30 s (25 GB/hour). The mitigation: 1 MB -> 5.4 MB, the fill done by 2.5 s.
        IEnumerable<ExperimentRow> rows =
        [
            Memory("unbounded-history", 0, LiveBytes, 1e6), Memory("unbounded-history", 30, LiveBytes, 213e6),
            Memory("bounded-history", 0, LiveBytes, 1.08e6), Memory("bounded-history", 30, LiveBytes, 5.38e6),
            Memory("unbounded-history", 0, ManagedHeapBytes, 1e6), Memory("bounded-history", 0, ManagedHeapBytes, 1e6),
        ];
        return withAfterFill
            ? rows.Concat(Enumerable.Range(0, 12).Select(i => Memory("bounded-history", 2.5 + (i * 2.5), LiveAfterFillBytes, 5.7e6 + (afterFillGrowthPerSecond * i * 2.5))))
            : rows;
    }

    [Fact]
    public void The_mitigation_is_judged_on_growth_after_the_fill_not_the_fill_stretched_over_the_phase()
    {
        var claim = MemoryGrowthClaim.Evaluate(Context(MemoryRun(withAfterFill: true, afterFillGrowthPerSecond: 0)));

        Assert.Equal([ClaimVerdict.Holds, ClaimVerdict.Holds], claim.Parts.Select(part => part.Verdict));
        Assert.Contains("0 MB/hour", claim.Parts[1].Evidence, StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Holds, claim.Verdict);
    }

    [Fact]
    public void A_mitigation_that_keeps_growing_after_the_fill_does_not_hold()
    {
        // 2 MB/s after the fill: 7.2 GB/hour, above 5% of the bug's 25 GB/hour.
        var claim = MemoryGrowthClaim.Evaluate(Context(MemoryRun(withAfterFill: true, afterFillGrowthPerSecond: 2e6)));
        Assert.Equal(ClaimVerdict.DoesNotHold, claim.Parts[1].Verdict);
        Assert.Equal(ClaimVerdict.DoesNotHold, claim.Verdict);
    }

    [Fact]
    public void A_run_without_live_heap_samples_after_the_fill_leaves_the_mitigation_not_measured()
    {
        var claim = MemoryGrowthClaim.Evaluate(Context(MemoryRun(withAfterFill: false, afterFillGrowthPerSecond: 0)));

        Assert.Equal([ClaimVerdict.Holds, ClaimVerdict.NotMeasured], claim.Parts.Select(part => part.Verdict));
        Assert.Contains("not measured in this run", claim.Parts[1].Evidence, StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.NotMeasured, claim.Verdict);
    }
}

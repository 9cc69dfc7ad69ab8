
namespace Lab.Plotter.Tests.Analysis;

/// <summary>Every verdict of every rule is reachable from synthetic figures, and the boundaries sit where the rule text says.</summary>
public sealed class VerdictRulesTests
{
    private static Figure Fig(double median, double lower, double upper) => new(median, lower, upper, 5);

    [Theory]
    [InlineData(16, 12, 20, "Holds")]
    [InlineData(8, 8, 32, "Holds")]
    [InlineData(9, 6, 12, "HoldsWithCaveat")]
    [InlineData(30, 20, 40, "HoldsWithCaveat")]
    [InlineData(3, 2, 7.9, "DoesNotHold")]
    [InlineData(50, 33, 60, "DoesNotHold")]
    public void Factor_is_judged_within_half_to_twice_the_claim(double median, double lower, double upper, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.Factor(Fig(median, lower, upper), 16));

    [Fact]
    public void Factor_without_data_is_not_measured()
        => Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Factor(null, 16));

    [Fact]
    public void Combine_needs_every_part_for_holds_and_every_part_for_does_not_hold()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Combine([ClaimVerdict.Holds, ClaimVerdict.Holds, ClaimVerdict.NotMeasured]));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Combine([ClaimVerdict.DoesNotHold, ClaimVerdict.DoesNotHold]));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Combine([ClaimVerdict.Holds, ClaimVerdict.DoesNotHold]));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Combine([ClaimVerdict.HoldsWithCaveat]));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Combine([]));
    }

    [Fact]
    public void Crossover_holds_when_cheaper_everywhere_caveat_when_only_from_some_size_on()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Crossover([Fig(0.5, 0.4, 0.6), Fig(0.1, 0.05, 0.2)]));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Crossover([Fig(2, 1.5, 3), Fig(0.8, 0.7, 0.95), Fig(0.1, 0.05, 0.2)]));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Crossover([Fig(0.5, 0.4, 0.6), Fig(1.0, 0.9, 1.1)]));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Crossover([]));
    }

    [Fact]
    public void Crossover_index_is_the_first_size_from_which_every_ratio_is_below_one()
    {
        Assert.Equal(1, VerdictRules.CrossoverIndex([Fig(2, 1.5, 3), Fig(0.8, 0.7, 0.95), Fig(0.1, 0.05, 0.2)]));
        Assert.Equal(2, VerdictRules.CrossoverIndex([Fig(0.8, 0.7, 0.9), Fig(1.2, 0.9, 1.3), Fig(0.1, 0.05, 0.2)]));
        Assert.Null(VerdictRules.CrossoverIndex([Fig(0.8, 0.7, 0.9), Fig(1.2, 0.9, 1.3)]));
    }

    [Fact]
    public void Compaction_needs_both_percentiles_ten_percent_faster_to_hold()
    {
        var faster = Fig(2, 1.5, 2.5);
        var straddling = Fig(1.12, 1.09, 1.2);
        var same = Fig(1.0, 0.95, 1.05);
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Compaction(faster, faster));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Compaction(faster, same));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Compaction(straddling, straddling));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Compaction(same, same));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Compaction(null, faster));
    }

    [Fact]
    public void Above_and_below_are_caveats_when_the_range_straddles_the_threshold()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Above(Fig(2, 1.5, 3), 1));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Above(Fig(1.2, 0.9, 3), 1));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Above(Fig(0.8, 0.7, 1), 1));
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Below(Fig(0.5, 0.4, 0.9), 1));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Below(Fig(0.9, 0.4, 1.2), 1));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Below(Fig(1.1, 1, 1.2), 1));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Below(null, 1));
    }

    [Fact]
    public void Cas_holds_when_it_matches_alone_and_loses_with_retries_under_contention()
    {
        var matches = Fig(1, 0.9, 1.1);
        var loses = Fig(0.5, 0.4, 0.7);
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Cas(matches, loses, 0.3));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Cas(matches, loses, 0.01));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Cas(Fig(1.3, 1.26, 1.4), loses, 0.3));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Cas(Fig(1, 0.7, 1.3), Fig(0.9, 0.6, 1.2), 0.3));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Cas(Fig(1.3, 1.26, 1.4), Fig(1.2, 1.1, 1.3), 0.3));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Cas(Fig(1.3, 1.26, 1.4), loses, 0.01));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Cas(matches, loses, null));
    }

    [Fact]
    public void Read_mostly_is_both_parts()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.ReadMostly(true, true));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.ReadMostly(false, true));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.ReadMostly(false, false));
    }

    [Fact]
    public void Memory_growth_holds_at_the_incident_rate_and_a_working_mitigation()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.MemoryGrowth(6e9, 1e8));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.MemoryGrowth(1e9, 1e7));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.MemoryGrowth(6e9, 3e9));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.MemoryGrowth(1e7, 0));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.MemoryGrowth(null, 0));
    }

    [Fact]
    public void Figure_ratio_bounds_are_the_extreme_pairwise_ratios_with_few_repetitions()
    {
        var ratio = Figure.Ratio([10, 12, 14], [2, 4]);
        Assert.NotNull(ratio);
        Assert.Equal(12.0 / 3, ratio.Median, 9);
        Assert.Equal(10.0 / 4, ratio.Lower, 9);
        Assert.Equal(14.0 / 2, ratio.Upper, 9);
        Assert.Null(Figure.Ratio([], [1]));
        Assert.Null(Figure.Ratio([1], [0]));
    }

    [Fact]
    public void Figure_ratio_bounds_leave_out_the_extreme_pairwise_ratios_with_five_repetitions_a_side()
    {
        // 25 pairwise ratios; at 95% the Moses interval runs from the 3rd smallest to the 3rd largest.
        double[] numerator = [10, 11, 12, 13, 100];
        double[] denominator = [1, 2, 3, 4, 5];
        var pairs = numerator.SelectMany(a => denominator.Select(b => a / b)).Order().ToArray();
        var ratio = Figure.Ratio(numerator, denominator);
        Assert.NotNull(ratio);
        Assert.Equal(12.0 / 3, ratio.Median, 9);
        Assert.Equal(pairs[2], ratio.Lower, 9);
        Assert.Equal(pairs[^3], ratio.Upper, 9);
        Assert.True(ratio.Upper < pairs[^1]);
    }
}

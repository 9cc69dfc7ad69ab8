
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
    public void A_claim_is_its_weakest_part()
    {
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Weakest([ClaimVerdict.Holds, ClaimVerdict.Holds]));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Weakest([ClaimVerdict.Holds, ClaimVerdict.HoldsWithCaveat]));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Weakest([ClaimVerdict.Holds, ClaimVerdict.Holds, ClaimVerdict.DoesNotHold]));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Weakest([ClaimVerdict.NotMeasured, ClaimVerdict.DoesNotHold]));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Weakest([ClaimVerdict.Holds, ClaimVerdict.NotMeasured, ClaimVerdict.HoldsWithCaveat]));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.Weakest([]));
    }

    [Theory]
    [InlineData(3, 3, "Holds")]
    [InlineData(1, 3, "HoldsWithCaveat")]
    [InlineData(0, 3, "DoesNotHold")]
    [InlineData(0, 0, "NotMeasured")]
    public void A_part_over_several_cases_holds_only_at_all_and_fails_only_at_none(int satisfied, int cases, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.Share(satisfied, cases));

    [Theory]
    [InlineData(1.9, 1.6, 2.1, 2, "Holds")]
    [InlineData(1.7, 1.5, 1.9, 2, "HoldsWithCaveat")]
    [InlineData(1.49, 1.2, 1.9, 2, "DoesNotHold")]
    [InlineData(0.76, 0.7, 0.8, 2, "DoesNotHold")]
    [InlineData(3.3, 3.2, 3.5, 4, "Holds")]
    [InlineData(2.4, 2.2, 2.6, 4, "DoesNotHold")]
    public void Linear_scaling_needs_eighty_percent_of_linear_and_fails_below_half_the_gain(double median, double lower, double upper, int writers, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.ScalesLinearly(Fig(median, lower, upper), writers));

    [Fact]
    public void Linear_scaling_needs_two_writers_and_data()
    {
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.ScalesLinearly(null, 2));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.ScalesLinearly(Fig(1, 1, 1), 1));
    }

    [Fact]
    public void A_factor_missed_by_far_does_not_hold()
    {
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Factor(Fig(1.22, 1.22, 1.22), 100));
        Assert.Equal(ClaimVerdict.DoesNotHold, VerdictRules.Factor(Fig(8.64, 8.64, 8.64), 100));
        Assert.Equal(ClaimVerdict.HoldsWithCaveat, VerdictRules.Factor(Fig(55, 45, 60), 100));
        Assert.Equal(ClaimVerdict.Holds, VerdictRules.Factor(Fig(99.4, 99.4, 99.4), 100));
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

    [Theory]
    [InlineData(1.0, 0.9, 1.1, "Holds")]
    [InlineData(1.2, 1.1, 1.3, "HoldsWithCaveat")]
    [InlineData(1.4, 1.3, 1.5, "DoesNotHold")]
    [InlineData(0.7, 0.6, 0.75, "DoesNotHold")]
    public void Cas_matches_within_eighty_percent_to_five_quarters(double median, double lower, double upper, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.CasMatches(Fig(median, lower, upper)));

    [Theory]
    [InlineData(0.5, 0.4, 0.7, 0.3, "Holds")]
    [InlineData(0.9, 0.7, 1.1, 0.3, "HoldsWithCaveat")]
    [InlineData(1.09, 0.818, 1.31, 0.926, "DoesNotHold")]
    [InlineData(1.0, 0.9, 1.1, 0.3, "DoesNotHold")]
    [InlineData(0.5, 0.4, 0.7, 0.05, "DoesNotHold")]
    public void Cas_suffers_only_when_slower_with_retries_and_a_faster_median_is_a_counterexample(double median, double lower, double upper, double retries, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.CasSuffers(Fig(median, lower, upper), retries));

    [Fact]
    public void Cas_parts_without_data_are_not_measured()
    {
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.CasSuffers(Fig(0.5, 0.4, 0.6), null));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.CasMatches(null));
    }

    [Theory]
    [InlineData(6e9, "Holds")]
    [InlineData(1e9, "HoldsWithCaveat")]
    [InlineData(5e7, "DoesNotHold")]
    public void The_bug_part_is_judged_against_the_incident_rate(double bytesPerHour, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.BugGrows(bytesPerHour));

    [Theory]
    [InlineData(0, 25e9, "Holds")]
    [InlineData(-1e7, 25e9, "Holds")]
    [InlineData(5e7, 25e9, "Holds")]
    [InlineData(1e9, 25e9, "HoldsWithCaveat")]
    [InlineData(1e9, 1e9, "DoesNotHold")]
    [InlineData(5.21e8, null, "DoesNotHold")]
    public void The_mitigation_part_holds_when_growth_after_the_fill_is_about_zero(double growth, double? bug, string expected)
        => Assert.Equal(Enum.Parse<ClaimVerdict>(expected), VerdictRules.MitigationStops(growth, bug));

    [Fact]
    public void Parts_without_data_are_not_measured()
    {
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.BugGrows(null));
        Assert.Equal(ClaimVerdict.NotMeasured, VerdictRules.MitigationStops(null, 25e9));
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

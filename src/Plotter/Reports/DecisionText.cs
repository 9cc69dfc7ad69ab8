namespace Lab.Plotter.Reports;

/// <summary>How the decision page and <c>recommend</c> print a <see cref="Decision"/>: one wording for both.</summary>
internal static class DecisionText
{
    /// <summary>"cow", or for a tie every tied map joined by ≈ ("cow ≈ concurrent").</summary>
    public static string Recommended(Decision decision)
        => decision.Verdict == DecisionVerdict.Tie && decision.TiedWith.Count > 0
            ? string.Join(" ≈ ", new[] { decision.Recommended }.Concat(decision.TiedWith))
            : decision.Recommended;

    /// <summary>"1.25× (1.10–1.40×, 99%)", "1.25× (no interval)", or "–" without a runner-up.</summary>
    public static string Margin(Decision decision)
    {
        if (decision.Ratio is not { } ratio)
        {
            return "–";
        }

        return decision.HasInterval
            ? $"{Figures.Ratio(ratio)} ({Figures.Ratio(decision.Lower).TrimEnd('×')}–{Figures.Ratio(decision.Upper)}, {Figures.Percent(decision.Confidence)})"
            : $"{Figures.Ratio(ratio)} (no interval)";
    }

    /// <summary>"faster", "tie", "undecided" or "only map".</summary>
    public static string Verdict(Decision decision) => decision.Verdict switch
    {
        DecisionVerdict.Faster => "faster",
        DecisionVerdict.Tie => "tie",
        DecisionVerdict.Undecided => "undecided",
        _ => "only map",
    };

    /// <summary>"yes", "**no**" or "–" (no target: rate 0 or max).</summary>
    public static string RateMet(bool? met) => met switch
    {
        true => "yes",
        false => "**no**",
        null => "–",
    };

    /// <summary>A write rate as the page prints it: "1,000/s", "0 (no writer)", "max".</summary>
    public static string Rate(RateAnswer answer) => answer.TargetWritesPerSecond switch
    {
        null => answer.WriteRate,
        0 => "0 (no writer)",
        { } rate => Figures.Integer((long)rate) + "/s",
    };
}

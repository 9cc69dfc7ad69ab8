namespace Lab.Plotter.Statistics;

/// <summary>
/// Estimates, from an A/A comparison's kept raw launches, how large a slowdown the judge catches:
/// for each re-split of a cell's pooled launch medians into a base and a diff half (the original
/// sizes), the diff half is scaled by a factor f and the whole family is judged as
/// <see cref="ComparisonReport"/> does (Holm over all cells; the other cells unscaled), and the share
/// of splits in which the cell comes out Slower is its power at f.
/// </summary>
/// <remarks>
/// Re-splitting treats launches as exchangeable, so it describes the launch mode (rounds are not
/// paired) and ignores round effects: it is an estimate for a future run with the same launches, not
/// an exact calibration. With <c>launchesPerSide</c> set, each half is instead drawn with replacement
/// from the pooled launches (a bootstrap projection to more launches than were kept; repeated values
/// make the rank test conservative). Draws come from a seeded generator, so results are reproducible.
/// </remarks>
internal static class PowerEstimator
{
    /// <summary>Runs <paramref name="splits"/> re-splits at every factor.</summary>
    public static PowerEstimate Estimate(
        SideSamples @base,
        SideSamples diff,
        IReadOnlyList<string> cells,
        JudgeSettings settings,
        IReadOnlyList<double> factors,
        int splits,
        int seed,
        int? launchesPerSide = null)
    {
        var judge = new CellJudge(settings);
        var random = new Random(seed);
        var firstLevel = settings.Alpha / cells.Count;
        var pooled = cells.Select(c => (Values: @base[c].LaunchMedians.Concat(diff[c].LaunchMedians).ToArray(), BaseCount: @base[c].LaunchMedians.Count)).ToList();
        var method = launchesPerSide is { } perSide
            ? $"bootstrap draws of {perSide} launches a side from the pooled A/A launches"
            : "re-splitting the A/A launches";
        return Run(cells, settings, factors, splits, method, Draw, i => launchesPerSide is { } n ? (n, n) : (pooled[i].BaseCount, pooled[i].Values.Length - pooled[i].BaseCount));

        Family Draw()
        {
            var halves = pooled.Select(p => launchesPerSide is { } n ? Bootstrap(p.Values, n, random) : Split(p.Values, p.BaseCount, random)).ToList();
            return new Family(
                [.. cells.Select((c, i) => judge.Gather(c, AsLaunches(halves[i].Base), AsLaunches(halves[i].Diff), 0, firstLevel))],
                (i, factor) => judge.Gather(cells[i], AsLaunches(halves[i].Base), AsLaunches([.. halves[i].Diff.Select(v => v * factor)]), 0, firstLevel));
        }
    }

    /// <summary>
    /// The in-process counterpart: from an A/A paired.csv (per cell, one median log ratio per process),
    /// each draw takes <paramref name="processes"/> of a cell's values with replacement, centred on
    /// their median and each given a random sign (a symmetric bootstrap: a null with the A/A's spread
    /// and outliers; in an A/A swapping the two sides flips a process's sign, which is the in-process
    /// form of re-splitting launches), judges the family, and for each factor f adds log f to one
    /// cell's values and judges it again under Holm. A plain bootstrap would instead test each cell
    /// against its own A/A median and so count that median's sampling error as false alarms.
    /// </summary>
    public static PowerEstimate EstimateInProcess(
        IReadOnlyDictionary<string, IReadOnlyList<double>> processLogRatios,
        IReadOnlyList<string> cells,
        JudgeSettings settings,
        IReadOnlyList<double> factors,
        int draws,
        int seed,
        int? processes = null)
    {
        var judge = new CellJudge(settings);
        var random = new Random(seed);
        var method = processes is { } count
            ? $"symmetric bootstrap draws of {count} processes from the A/A's in-process values"
            : "symmetric bootstrap draws of the A/A's in-process values (as many processes as it had)";
        var centred = cells.Select(c => processLogRatios[c].Select(v => v - CellSamples.Median([.. processLogRatios[c]])).ToArray()).ToList();
        return Run(cells, settings, factors, draws, method, Draw, i => (Count(i), Count(i)));

        int Count(int cell) => processes ?? processLogRatios[cells[cell]].Count;

        Family Draw()
        {
            var drawn = cells.Select((c, i) => Resample(centred[i], Count(i), random)).ToList();
            return new Family(
                [.. cells.Select((c, i) => judge.GatherInProcess(c, drawn[i]))],
                (i, factor) => judge.GatherInProcess(cells[i], [.. drawn[i].Select(v => v + Math.Log(factor))]));
        }
    }

    /// <summary>One draw of the whole family: every cell's evidence unscaled, and a cell's evidence slowed by a factor.</summary>
    private sealed record Family(IReadOnlyList<CellEvidence> Unscaled, Func<int, double, CellEvidence> Scaled);

    /// <summary>
    /// Judges <paramref name="draws"/> families under Holm: counts the draws with any false Slower or
    /// Faster, the Inconclusive cells, and per cell and factor how often the slowed cell (the others
    /// unscaled) comes out Slower.
    /// </summary>
    private static PowerEstimate Run(
        IReadOnlyList<string> cells,
        JudgeSettings settings,
        IReadOnlyList<double> factors,
        int draws,
        string method,
        Func<Family> draw,
        Func<int, (int Base, int Diff)> replicates)
    {
        var slower = new int[cells.Count, factors.Count];
        var widths = cells.Select(_ => new List<double>()).ToList();
        var falseAlarmDraws = 0;
        var inconclusive = 0;
        for (var d = 0; d < draws; d++)
        {
            var family = draw();
            var pValues = family.Unscaled.Select(e => e.PValue).ToArray();
            var levels = HolmLevels.Of(pValues, settings.Alpha);
            var verdicts = family.Unscaled.Select((e, i) => CellJudge.Judge(e, levels[i])).ToList();
            falseAlarmDraws += verdicts.Any(v => v.Verdict is Verdict.Slower or Verdict.Faster) ? 1 : 0;
            inconclusive += verdicts.Count(v => v.Verdict == Verdict.Inconclusive);
            for (var i = 0; i < cells.Count; i++)
            {
                widths[i].Add(verdicts[i].Width);
                for (var f = 0; f < factors.Count; f++)
                {
                    var scaled = family.Scaled(i, factors[f]);
                    var p = (double[])pValues.Clone();
                    p[i] = scaled.PValue;
                    slower[i, f] += CellJudge.Judge(scaled, HolmLevels.Of(p, settings.Alpha)[i]).Verdict == Verdict.Slower ? 1 : 0;
                }
            }
        }

        var result = cells.Select((c, i) => new CellPower(
            c,
            replicates(i).Base,
            replicates(i).Diff,
            [.. Enumerable.Range(0, factors.Count).Select(f => (double)slower[i, f] / draws)],
            CellSamples.Median(widths[i]))).ToList();
        return new PowerEstimate(factors, method, draws, result, (double)falseAlarmDraws / draws, (double)inconclusive / (draws * cells.Count));
    }

    /// <summary><paramref name="count"/> of <paramref name="values"/> drawn with replacement, each with a random sign.</summary>
    private static double[] Resample(double[] values, int count, Random random)
        => [.. Enumerable.Range(0, count).Select(_ => values[random.Next(values.Length)] * (random.Next(2) == 0 ? 1 : -1))];

    private static (double[] Base, double[] Diff) Split(double[] values, int baseCount, Random random)
    {
        var shuffled = (double[])values.Clone();
        random.Shuffle(shuffled);
        return (shuffled[..baseCount], shuffled[baseCount..]);
    }

    private static (double[] Base, double[] Diff) Bootstrap(double[] values, int perSide, Random random)
        => ([.. Enumerable.Range(0, perSide).Select(_ => values[random.Next(values.Length)])],
            [.. Enumerable.Range(0, perSide).Select(_ => values[random.Next(values.Length)])]);

    private static CellSamples AsLaunches(double[] launchMedians) => CellSamples.Of(launchMedians.Select(v => new[] { v }));
}

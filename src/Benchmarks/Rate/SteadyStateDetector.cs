using System.Globalization;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// Decides, from the warm-up's sub-windows so far (a pure function: no clock, no threads), whether a rate
/// cell has reached its steady state. The cell is steady when (a) the map's periodic cost has happened at
/// least once, where the rate reaches it within the cap (<see cref="PeriodicCost"/>: a <c>layered</c>
/// compaction needs about size / 32 writes, so at 100 writes/s on 100K entries it is beyond a few seconds'
/// cap and is then not required, the note says so), and (b) the last two sub-windows agree by the
/// <see cref="SteadyStateCriterion"/>. At least <see cref="MinimumSubWindows"/> sub-windows always run. When the
/// warm-up reaches the cap first, the cell is measured anyway and flagged not steady, with the reason.
/// </summary>
/// <param name="criterion">When two sub-windows agree.</param>
/// <param name="cap">Longest warm-up.</param>
/// <param name="periodicWrites">Writes until the map's first periodic cost (null: none the lab knows of).</param>
/// <param name="writesPerSecond">The writer's target: 0 for no writer, null for max.</param>
internal sealed class SteadyStateDetector(SteadyStateCriterion criterion, TimeSpan cap, long? periodicWrites, double? writesPerSecond)
{
    /// <summary>Sub-windows that always run: two, so there is a pair to compare.</summary>
    public const int MinimumSubWindows = 2;

    /// <summary>Whether the periodic cost is required: the map has one and the rate reaches it within the cap (max always does).</summary>
    public bool PeriodicRequired => periodicWrites is { } writes && writesPerSecond is not 0 && (writesPerSecond is null || writes / writesPerSecond.Value <= cap.TotalSeconds);

    /// <summary>
    /// The shortest warm-up that can end steady, in whole sub-windows of <paramref name="subWindow"/>: two, or as
    /// many as the writer needs to reach the periodic cost when it is required (the run's estimate uses it).
    /// </summary>
    public TimeSpan ShortestWarmup(TimeSpan subWindow)
    {
        var subWindows = (double)MinimumSubWindows;
        if (PeriodicRequired && writesPerSecond is > 0 && periodicWrites is { } writes)
        {
            subWindows = Math.Max(subWindows, Math.Ceiling(writes / writesPerSecond.Value / subWindow.TotalSeconds));
        }

        return subWindow * subWindows;
    }

    /// <summary>The answer after the sub-windows <paramref name="samples"/> (in order).</summary>
    public SteadyStateOutcome Evaluate(IReadOnlyList<SubWindowSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var elapsed = samples.Sum(sample => sample.Seconds);
        var capReached = elapsed >= cap.TotalSeconds;
        var periodicSeen = samples.Sum(sample => sample.PeriodicEvents) > 0;
        var periodicMissing = PeriodicRequired && !periodicSeen;
        string? agreement = samples.Count < MinimumSubWindows ? "fewer than two sub-windows" : criterion.Compare(samples[^2], samples[^1]).Why;
        if (samples.Count >= MinimumSubWindows && !periodicMissing && agreement is null)
        {
            return new SteadyStateOutcome(true, true, NoteOnSteady());
        }

        if (!capReached)
        {
            return SteadyStateOutcome.Continue;
        }

        var reasons = new List<string>();
        if (periodicMissing)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"no compaction within the {cap.TotalSeconds:0.#} s warm-up cap, expected after about {periodicWrites} writes"));
        }

        if (agreement is not null)
        {
            reasons.Add("the last two sub-windows disagree: " + agreement);
        }

        return new SteadyStateOutcome(true, false, string.Join("; ", reasons));
    }

    private string? NoteOnSteady()
        => periodicWrites is { } writes && !PeriodicRequired && writesPerSecond is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"periodic cost every ~{writes} writes ({writes / writesPerSecond.Value:0.#} s at this rate) is beyond the {cap.TotalSeconds:0.#} s warm-up cap: the window may hold none")
            : null;
}

namespace Lab.Plotter.Analysis;

/// <summary>The verdict of a rate decision between maps A and B (see <see cref="RateDecisions"/> for the rule); the four are exclusive.</summary>
internal enum RateVerdict
{
    /// <summary>A is better: the advantage's interval lies above 1 and not wholly inside the equivalence margin.</summary>
    AFaster,

    /// <summary>B is better: the interval lies below 1 and not wholly inside the margin.</summary>
    BFaster,

    /// <summary>The whole interval lies inside the equivalence margin: any difference is smaller than it.</summary>
    Tie,

    /// <summary>None of the above: the replicates disagree on the side of 1, or too few replicates.</summary>
    Undecided,
}

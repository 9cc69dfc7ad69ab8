namespace Lab.Plotter.Analysis;

/// <summary>A claim's verdict, computed from the data by a rule written beside it in EXPERIMENTS.md.</summary>
internal enum ClaimVerdict
{
    /// <summary>The data support the claim as stated.</summary>
    Holds,

    /// <summary>The data support part of the claim, or its figure's bounds straddle the rule's boundary.</summary>
    HoldsWithCaveat,

    /// <summary>The data contradict the claim.</summary>
    DoesNotHold,

    /// <summary>The run has no data for the claim.</summary>
    NotMeasured,
}

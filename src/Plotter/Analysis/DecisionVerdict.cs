namespace Lab.Plotter.Analysis;

/// <summary>How sure a decision page row is that its recommended map beats the runner-up.</summary>
internal enum DecisionVerdict
{
    /// <summary>Separated: the judge shows the recommended map ahead of the runner-up.</summary>
    Faster,

    /// <summary>Tied: the judge shows the runner-up (and any other tied map) equivalent to the recommended map.</summary>
    Tie,

    /// <summary>Neither: the data cannot tell the recommended map from the runner-up.</summary>
    Undecided,

    /// <summary>Only one map was measured in the cell: nothing to compare.</summary>
    Only,
}

namespace Lab.Plotter.Analysis;

/// <summary>How one cell's winner compares across machines.</summary>
internal enum WinnerChange
{
    /// <summary>The same map has the lowest mean time on every machine.</summary>
    Same,

    /// <summary>The winners differ, but every machine judged the others' winners tied with or not separable from its own.</summary>
    WithinTies,

    /// <summary>The winners differ and some machine measured another machine's winner as clearly slower than its own.</summary>
    Changes,
}

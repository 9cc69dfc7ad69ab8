namespace Lab.Plotter.Analysis;

/// <summary>One row of the decision page's rate half: a size × readers × write rate × GC cell of a rate run and its decision.</summary>
/// <param name="Size">Entries.</param>
/// <param name="Readers">Reader threads (beside one writer).</param>
/// <param name="WriteRate">The rate label as in latency.csv (an integer or <c>max</c>).</param>
/// <param name="TargetWritesPerSecond">Writes/s targeted; null for <c>max</c>.</param>
/// <param name="GcMode">The GC mode of the cell's processes.</param>
/// <param name="Decision">The judge's answer on reader throughput.</param>
/// <param name="RateMet">Whether the recommended map's writer kept its rate in every replicate (null: rate 0 or max).</param>
/// <param name="ReaderP999Ns">The recommended map's reader p99.9 (median over replicates), ns.</param>
/// <param name="Replicates">Replicates of the recommended map's cell.</param>
internal sealed record RateAnswer(
    int Size,
    int Readers,
    string WriteRate,
    double? TargetWritesPerSecond,
    string GcMode,
    Decision Decision,
    bool? RateMet,
    double ReaderP999Ns,
    int Replicates);

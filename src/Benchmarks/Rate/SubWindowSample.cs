namespace Lab.Benchmarks.Rate;

/// <summary>What one warm-up sub-window of a rate cell saw: readers and the writer running at the target rate.</summary>
/// <param name="Seconds">The sub-window's length; positive.</param>
/// <param name="Gen2Collections">Gen2 collections during it.</param>
/// <param name="ReaderP99Ns">Read latency p99 over every reader's reads in it.</param>
/// <param name="Writes">Writes issued in it.</param>
/// <param name="PeriodicEvents">The map's periodic costs that happened in it (compactions: <see cref="PeriodicCost"/>), as its counters report them.</param>
internal sealed record SubWindowSample(double Seconds, int Gen2Collections, long ReaderP99Ns, long Writes, long PeriodicEvents);

namespace Lab.Benchmarks.Rate;

/// <summary>The window's garbage collection figures.</summary>
/// <param name="Gen0">Gen0 collections (a gen1 or gen2 collection counts in the lower generations too, as <see cref="GC.CollectionCount"/> does).</param>
/// <param name="Gen1">Gen1 collections.</param>
/// <param name="Gen2">Gen2 collections.</param>
/// <param name="PauseTotalMs">Total time the runtime was paused for GC.</param>
/// <param name="PauseMaxMs">The longest pause seen; <see langword="null"/> when no collection was seen.</param>
/// <param name="UnobservedCollections">Collections whose pauses were not seen (polls too slow).</param>
/// <param name="AllocatedBytesPerSecond">Bytes allocated per second, all threads.</param>
/// <param name="LohBytes">Large object heap size after the latest collection.</param>
internal sealed record GcWindowResult(int Gen0, int Gen1, int Gen2, double PauseTotalMs, double? PauseMaxMs, long UnobservedCollections, double AllocatedBytesPerSecond, long LohBytes);

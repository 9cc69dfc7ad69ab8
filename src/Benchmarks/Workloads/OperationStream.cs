namespace Lab.Benchmarks.Workloads;

/// <summary>
/// One worker's precomputed operations: parallel arrays of operation kinds and key indexes, cut
/// into equal slices. One invocation replays one slice; the next invocation replays the next one,
/// wrapping around. Every slice holds exactly the mix's share of writes.
/// </summary>
/// <param name="Ops">Operation kinds.</param>
/// <param name="KeyIndexes">Index into the key set for each operation.</param>
/// <param name="SliceLength">Operations per slice (per invocation).</param>
/// <param name="StartSlice">The slice this worker replays first: workers start at different offsets.</param>
internal sealed record OperationStream(OpKind[] Ops, int[] KeyIndexes, int SliceLength, int StartSlice)
{
    /// <summary>The number of slices.</summary>
    public int SliceCount => Ops.Length / SliceLength;

    /// <summary>Writes (updates, removes, reinserts) in one slice; equal for every slice.</summary>
    public int WritesPerSlice => SliceLength - Ops.AsSpan(0, SliceLength).Count(OpKind.Read);
}

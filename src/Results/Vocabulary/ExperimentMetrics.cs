namespace Lab.Results;

/// <summary>Every metric of experiments.csv with its unit (results/README.md); the app writes and the plotter looks up these.</summary>
public static class ExperimentMetrics
{
    /// <summary>Completed writes of all threads per second of the phase.</summary>
    public static readonly ExperimentMetric WritesPerSecond = new("writes_per_s", "writes/s");

    /// <summary>Bytes allocated by all threads per write.</summary>
    public static readonly ExperimentMetric BytesPerWrite = new("bytes_per_write", "B/write");

    /// <summary>Gen0 collections per 1,000 writes.</summary>
    public static readonly ExperimentMetric Gen0Per1kWrites = new("gen0_per_1k_writes", "collections/1k writes");

    /// <summary>Gen2 collections per 1,000 writes.</summary>
    public static readonly ExperimentMetric Gen2Per1kWrites = new("gen2_per_1k_writes", "collections/1k writes");

    /// <summary>Phase time per write of one writer: the cost of one new version.</summary>
    public static readonly ExperimentMetric NsPerWrite = new("ns_per_write", "ns/write");

    /// <summary>The map's own entries-copied counter per write.</summary>
    public static readonly ExperimentMetric EntriesCopiedPerWrite = new("entries_copied_per_write", "entries/write");

    /// <summary>Lost CAS races per successful write.</summary>
    public static readonly ExperimentMetric CasRetriesPerWrite = new("cas_retries_per_write", "retries/write");

    /// <summary>Bytes allocated per logical update (a batch of N counts N).</summary>
    public static readonly ExperimentMetric BytesPerUpdate = new("bytes_per_update", "B/update");

    /// <summary>Gen0 collections per logical update.</summary>
    public static readonly ExperimentMetric Gen0PerUpdate = new("gen0_per_update", "collections/update");

    /// <summary>Gen1 collections per logical update.</summary>
    public static readonly ExperimentMetric Gen1PerUpdate = new("gen1_per_update", "collections/update");

    /// <summary>Gen2 collections per logical update.</summary>
    public static readonly ExperimentMetric Gen2PerUpdate = new("gen2_per_update", "collections/update");

    /// <summary>Phase time per logical update.</summary>
    public static readonly ExperimentMetric NsPerUpdate = new("ns_per_update", "ns/update");

    /// <summary>Median over batches of 64 reads timed together, per read.</summary>
    public static readonly ExperimentMetric ReadP50Ns = new("read_p50_ns", "ns/read");

    /// <summary>99.9th percentile of reads timed one by one.</summary>
    public static readonly ExperimentMetric ReadP999Ns = new("read_p999_ns", "ns/read");

    /// <summary>Median of two back-to-back timestamps: the floor under the single-read percentile.</summary>
    public static readonly ExperimentMetric TimerFloorNs = new("timer_floor_ns", "ns");

    /// <summary>One compaction's time.</summary>
    public static readonly ExperimentMetric CompactionMs = new("compaction_ms", "ms");

    /// <summary>One compaction's allocation.</summary>
    public static readonly ExperimentMetric CompactionBytes = new("compaction_bytes", "B");

    /// <summary>The layered map's default compaction threshold, percent of the base.</summary>
    public static readonly ExperimentMetric PolicyOverridePct = new("policy_override_pct", "%");

    /// <summary><c>GC.GetTotalMemory(false)</c>.</summary>
    public static readonly ExperimentMetric ManagedHeapBytes = new("managed_heap_bytes", "B");

    /// <summary>Heap size after the last GC minus fragmentation.</summary>
    public static readonly ExperimentMetric HeapAfterGcBytes = new("heap_after_gc_bytes", "B");

    /// <summary><c>GC.GetTotalMemory(true)</c> at the start and the end of the phase.</summary>
    public static readonly ExperimentMetric LiveBytes = new("live_bytes", "B");

    /// <summary>
    /// <c>GC.GetTotalMemory(true)</c> at every sample of a bounded phase once its history has filled: the live heap over time
    /// after the one-off fill, whose slope is the mitigation's growth.
    /// </summary>
    public static readonly ExperimentMetric LiveAfterFillBytes = new("live_after_fill_bytes", "B");

    /// <summary>Large object heap size after the last GC.</summary>
    public static readonly ExperimentMetric LohBytes = new("loh_bytes", "B");

    /// <summary><c>Environment.WorkingSet</c>.</summary>
    public static readonly ExperimentMetric WorkingSetBytes = new("working_set_bytes", "B");

    /// <summary>Snapshots held by the history.</summary>
    public static readonly ExperimentMetric RetainedVersions = new("retained_versions", "snapshots");

    /// <summary>Every metric, in results/README.md's order.</summary>
    public static IReadOnlyList<ExperimentMetric> All { get; } =
    [
        WritesPerSecond, BytesPerWrite, Gen0Per1kWrites, Gen2Per1kWrites, EntriesCopiedPerWrite, NsPerWrite, CasRetriesPerWrite,
        BytesPerUpdate, NsPerUpdate, Gen0PerUpdate, Gen1PerUpdate, Gen2PerUpdate, ReadP50Ns, ReadP999Ns, TimerFloorNs,
        CompactionMs, CompactionBytes, PolicyOverridePct, ManagedHeapBytes, HeapAfterGcBytes, LohBytes, WorkingSetBytes, RetainedVersions, LiveBytes, LiveAfterFillBytes,
    ];
}

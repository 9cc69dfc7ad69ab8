namespace Lab.Benchmarks.Experiments;

/// <summary>Metric ids of experiments.csv (results/README.md); the plotter looks them up by these names.</summary>
internal static class ExperimentMetrics
{
    public const string WritesPerSecond = "writes_per_s";
    public const string BytesPerWrite = "bytes_per_write";
    public const string Gen0Per1kWrites = "gen0_per_1k_writes";
    public const string Gen2Per1kWrites = "gen2_per_1k_writes";
    public const string NsPerWrite = "ns_per_write";
    public const string EntriesCopiedPerWrite = "entries_copied_per_write";
    public const string CasRetriesPerWrite = "cas_retries_per_write";
    public const string BytesPerUpdate = "bytes_per_update";
    public const string Gen0PerUpdate = "gen0_per_update";
    public const string Gen1PerUpdate = "gen1_per_update";
    public const string Gen2PerUpdate = "gen2_per_update";
    public const string NsPerUpdate = "ns_per_update";
    public const string ReadP50Ns = "read_p50_ns";
    public const string ReadP999Ns = "read_p999_ns";
    public const string ReadBatchMeanNs = "read_batch_mean_ns";
    public const string TimerFloorNs = "timer_floor_ns";
    public const string CompactionMs = "compaction_ms";
    public const string CompactionBytes = "compaction_bytes";
    public const string PolicyOverridePct = "policy_override_pct";
    public const string ManagedHeapBytes = "managed_heap_bytes";
    public const string HeapAfterGcBytes = "heap_after_gc_bytes";
    public const string LiveBytes = "live_bytes";
    public const string LohBytes = "loh_bytes";
    public const string WorkingSetBytes = "working_set_bytes";
    public const string RetainedVersions = "retained_versions";
}

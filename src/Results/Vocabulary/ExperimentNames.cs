namespace Lab.Results;

/// <summary>The <c>experiment</c> values of experiments.csv: one per measured claim of the curriculum.</summary>
public static class ExperimentNames
{
    /// <summary>Claim 1: sharded COW write scaling.</summary>
    public const string ShardScaling = "shard-scaling";

    /// <summary>Claim 2: the cost of one new version, HAMT against whole-copy maps.</summary>
    public const string WriteCost = "write-cost";

    /// <summary>Claim 3: batching and GC pressure.</summary>
    public const string Batching = "batching";

    /// <summary>Claim 4: read latency before and after compaction.</summary>
    public const string LayeredCompaction = "layered-compaction";

    /// <summary>Claim 5: CAS against the mutex under contention.</summary>
    public const string CasContention = "cas-contention";

    /// <summary>Claim 7: memory growth of an unbounded snapshot history.</summary>
    public const string MemoryGrowth = "memory-growth";

    /// <summary>Every experiment, in claim order.</summary>
    public static IReadOnlyList<string> All { get; } = [ShardScaling, WriteCost, Batching, LayeredCompaction, CasContention, MemoryGrowth];
}

using Lab.Benchmarks.Workloads;
using Lab.Results;

namespace Lab.Benchmarks.Cli;

/// <summary>The lab's own options; <see cref="BenchmarkArguments"/> go to BenchmarkDotNet untouched.</summary>
/// <param name="Profile">The chosen profile.</param>
/// <param name="ResultsDirectory">Where run folders and latest/ go; <see langword="null"/> for the repository's results/.</param>
/// <param name="ShowHelp">True for --help / -h.</param>
/// <param name="BenchmarkArguments">Everything else, for BenchmarkSwitcher.</param>
/// <param name="PlanOnly">True for --plan: print the cells and the estimate, run nothing.</param>
/// <param name="CellsOnly">True for --cells: print the selected cell ids, one per line and nothing else, run nothing.</param>
internal sealed record LabOptions(BenchmarkProfile Profile, string? ResultsDirectory, bool ShowHelp, IReadOnlyList<string> BenchmarkArguments, bool PlanOnly = false, bool CellsOnly = false)
{
    /// <summary>True for <c>--profile experiments</c>: the older spelling of the <c>experiments</c> verb.</summary>
    public bool ExperimentsProfile { get; init; }

    /// <summary>The shard to run (<c>--shard i/n</c>); null for the whole run (or, with <see cref="ShardCount"/>, a plan of every shard).</summary>
    public Shard? Shard { get; init; }

    /// <summary>The shard count the plan partitions by (<c>--shard i/n</c>'s n, or <c>--shards n</c> with --plan); null when not sharded.</summary>
    public int? ShardCount { get; init; }

    /// <summary>The close-call cap of <c>--close-calls</c>; null for the default (<see cref="CloseCalls.CloseCallSettings"/>).</summary>
    public int? CloseCalls { get; init; }

    /// <summary>True when the run only prints what it would measure (--plan, --cells).</summary>
    public bool PrintsOnly => PlanOnly || CellsOnly;

    /// <summary>True when the BenchmarkDotNet arguments select benchmarks themselves.</summary>
    public bool HasFilter => BenchmarkArguments.Any(argument => argument is "--filter" or "-f" || argument.StartsWith("--filter=", StringComparison.Ordinal));

    /// <summary>
    /// True when the arguments name a BenchmarkDotNet job (<c>--job Dry</c>, <c>-j Short</c>): it then
    /// replaces the profile's iteration settings (BenchmarkDotNet ignores <c>--job</c> when the
    /// configuration brings its own default job).
    /// </summary>
    public bool HasJob => BenchmarkArguments.Any(argument => argument is "--job" or "-j" || argument.StartsWith("--job=", StringComparison.Ordinal));

    /// <summary>True when BenchmarkDotNet only prints (lists, info, version) and runs nothing.</summary>
    public bool IsInformational => BenchmarkArguments.Any(argument =>
        argument is "--list" or "--info" or "--version" or "--help" || argument.StartsWith("--list=", StringComparison.Ordinal));
}

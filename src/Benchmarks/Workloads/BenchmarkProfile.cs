namespace Lab.Benchmarks.Workloads;

/// <summary>
/// What a run measures and how long it may take, as plain data. <c>quick</c> is a smoke subset
/// (CI runs it with <c>--job Dry</c>) and the regression comparison's default subset, so it measures
/// enough iterations (10 of 50 ms per launch) for a statistical test to judge a cell, <c>default</c> is the matrix of the issue with uniform keys
/// (sized to finish within 45 minutes on 2 cores), <c>full</c> is everything.
/// </summary>
/// <param name="Name">Profile id, as given to <c>--profile</c> and written to environment.csv.</param>
/// <param name="Mixes">Mixes of the matrix.</param>
/// <param name="Sizes">Map sizes of the matrix.</param>
/// <param name="Keys">Key distributions of the matrix.</param>
/// <param name="NonUniformMaps">Maps measured with non-uniform keys; <see langword="null"/> for all.</param>
/// <param name="CoresOnly">True to measure only at the core count instead of 1, cores and 2 x cores.</param>
/// <param name="TargetSizes">Sizes of the single-threaded design-target benchmarks.</param>
/// <param name="InsertSize">Map size of the insert target.</param>
/// <param name="TargetInvocationMs">Aimed duration of one matrix invocation.</param>
/// <param name="MaxInvocationMs">Cells whose smallest possible invocation is estimated longer are skipped.</param>
/// <param name="WarmupCount">Warm-up iterations per cell.</param>
/// <param name="IterationCount">Measured iterations per cell.</param>
/// <param name="IterationTimeMs">BenchmarkDotNet's iteration time: invocations are repeated until an iteration lasts this long.</param>
internal sealed record BenchmarkProfile(
    string Name,
    IReadOnlyList<Mix> Mixes,
    IReadOnlyList<int> Sizes,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string>? NonUniformMaps,
    bool CoresOnly,
    IReadOnlyList<int> TargetSizes,
    int InsertSize,
    double TargetInvocationMs,
    double MaxInvocationMs,
    int WarmupCount,
    int IterationCount,
    int IterationTimeMs)
{
    /// <summary>Environment variable that carries the profile name into benchmark processes.</summary>
    public const string EnvironmentVariable = "LAB_BENCH_PROFILE";

    public static readonly BenchmarkProfile Quick = new(
        "quick",
        [Mix.Read100, Mix.ChurnMix],
        [1_000],
        [KeyDistribution.Uniform, KeyDistribution.Zipf, KeyDistribution.Prefix],
        NonUniformMaps: ["cow", "noop"],
        CoresOnly: true,
        TargetSizes: [1_000],
        InsertSize: 1_000,
        TargetInvocationMs: 2,
        MaxInvocationMs: 200,
        WarmupCount: 2,
        IterationCount: 10,
        IterationTimeMs: 50);

    public static readonly BenchmarkProfile Default = new(
        "default",
        [Mix.Read100, Mix.Read99, Mix.Read90, Mix.Read50],
        [1_000, 10_000, 100_000],
        [KeyDistribution.Uniform],
        NonUniformMaps: null,
        CoresOnly: false,
        TargetSizes: [1_000, 10_000, 100_000],
        InsertSize: 100_000,
        TargetInvocationMs: 20,
        MaxInvocationMs: 2_000,
        WarmupCount: 3,
        IterationCount: 15,
        IterationTimeMs: 100);

    public static readonly BenchmarkProfile Full = new(
        "full",
        Mix.All,
        [1_000, 10_000, 100_000, 1_000_000],
        KeyDistribution.All,
        NonUniformMaps: null,
        CoresOnly: false,
        TargetSizes: [1_000, 10_000, 100_000, 1_000_000],
        InsertSize: 100_000,
        TargetInvocationMs: 50,
        MaxInvocationMs: 5_000,
        WarmupCount: 5,
        IterationCount: 20,
        IterationTimeMs: 200);

    /// <summary>Every profile.</summary>
    public static IReadOnlyList<BenchmarkProfile> All { get; } = [Quick, Default, Full];

    /// <summary>The profile benchmark processes run under: the one the lab's command line chose, else default.</summary>
    public static BenchmarkProfile Current
        => Find(Environment.GetEnvironmentVariable(EnvironmentVariable)) ?? Default;

    /// <summary>The profile with the given name, or <see langword="null"/>.</summary>
    public static BenchmarkProfile? Find(string? name) => All.FirstOrDefault(profile => profile.Name == name);

    /// <summary>Worker thread counts: 1, the core count and twice that (distinct), or the core count alone.</summary>
    public IReadOnlyList<int> ThreadCounts(int cores)
        => CoresOnly ? [cores] : new[] { 1, cores, 2 * cores }.Distinct().ToArray();
}

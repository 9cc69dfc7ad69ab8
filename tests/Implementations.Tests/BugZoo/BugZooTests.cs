using Lab.Implementations.Tests.Conformance;
using Lab.Implementations.Tests.Linearizability;
using Lab.Implementations.Tests.ModelBased;
using Lab.Implementations.Tests.Stress;

namespace Lab.Implementations.Tests.BugZoo;

/// <summary>
/// The suite proves its strength: each deliberately broken map is run through the same checks
/// the catalog maps pass, and each check meant to catch it must report it. The concurrent bugs'
/// races are forced by a <see cref="RaceWindow"/>, so detection does not depend on scheduling luck.
/// </summary>
public sealed class BugZooTests
{
    [Fact]
    public void In_place_mutation_is_caught_by_the_snapshot_contract()
        => Detection.MustFail(() => SnapshotContract.NeverChangesAfterWrites(() => new InPlaceMutationMap()), "Assert.Equal");

    [Fact]
    public void In_place_mutation_is_caught_by_the_model_check()
        => Detection.MustFail(() => ModelChecks.MatchesDictionaryModel(() => new InPlaceMutationMap()), "Snapshot");

    [Fact]
    public void Dropping_cas_is_caught_by_the_stress_run()
        => Detection.MustReport(StressRun.Run(() => new DroppingCasMap(), atomicBatch: true), "was lost");

    [Fact]
    public void Dropping_cas_is_caught_by_the_linearizability_check()
        => Detection.MustReport(HistoryRunner.Run(initial => new DroppingCasMap(initial)), "no valid sequential order");

    [Fact]
    public void Separate_count_field_is_caught_by_the_stress_run()
        => Detection.MustReport(StressRun.Run(() => new SeparateCountMap(), atomicBatch: true), "Count is");

    [Fact]
    public void Per_write_batch_publish_is_caught_by_the_stress_run()
        => Detection.MustReport(StressRun.Run(() => new PerWriteBatchMap(), atomicBatch: true), "half applied");

    [Fact]
    public void Left_right_replay_without_waiting_for_readers_is_caught_by_the_stress_run()
        => Detection.MustReport(StressRun.Run(() => new ReplayWithoutWaitMap(), atomicBatch: true), "half applied");

    [Fact]
    public void Left_right_reader_reading_the_flag_before_arriving_is_caught_by_the_stress_run()
        => Detection.MustReport(StressRun.Run(() => new FlagBeforeArrivalMap(), atomicBatch: true), "half applied");

    [Fact]
    public void Left_right_skipped_replay_is_caught_by_the_model_check()
        => Detection.MustFail(() => ModelChecks.MatchesDictionaryModel(() => new SkippedReplayMap()), "Assert.Equal");

    [Fact]
    public void Left_right_skipped_replay_is_caught_by_the_linearizability_check()
        => Detection.MustReport(HistoryRunner.Run(initial => new SkippedReplayMap(initial)), "no valid sequential order");
}

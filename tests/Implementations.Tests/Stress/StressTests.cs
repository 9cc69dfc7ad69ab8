using Lab.Implementations.Tests.Support;
using Lab.References;

namespace Lab.Implementations.Tests.Stress;

/// <summary>Curriculum task 5 on every thread-safe catalog map.</summary>
public sealed class StressTests
{
    [Theory]
    [MemberData(nameof(Catalog.ThreadSafeIds), MemberType = typeof(Catalog))]
    public void Hundred_readers_and_ten_writers_see_no_lost_update_no_regression_and_whole_batches(string id)
        => StressRun.Run(Catalog.IntMaps(id), LabMaps.Get(id).Guarantees.AtomicBatch).AssertNone(id);
}

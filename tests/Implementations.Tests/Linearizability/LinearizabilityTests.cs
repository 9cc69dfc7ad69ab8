using Lab.Implementations.Tests.Support;

namespace Lab.Implementations.Tests.Linearizability;

/// <summary>Concurrent get/set/remove histories on every thread-safe catalog map must linearize.</summary>
public sealed class LinearizabilityTests
{
    [Theory]
    [MemberData(nameof(Catalog.ThreadSafeIds), MemberType = typeof(Catalog))]
    public void Concurrent_histories_are_linearizable(string id)
        => HistoryRunner.Run(Catalog.IntMapsHolding(id)).AssertNone(id);
}

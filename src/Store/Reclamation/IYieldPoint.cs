namespace Lab.CowStore;

/// <summary>
/// A point in the lease/retire protocol where a test scheduler may switch threads. Production code
/// uses <see cref="NoYield"/>, a struct whose call the JIT removes; the protocol methods are generic
/// over this interface so the yield points cost nothing outside tests.
/// </summary>
internal interface IYieldPoint
{
    /// <summary>Marks a shared-memory access the scheduler may interleave with other threads.</summary>
    void Yield();
}

using Lab.Maps;

namespace Lab.References;

/// <summary>
/// Every map the lab measures: the catalog's designs (<see cref="MapCatalog.All"/>, in its order)
/// followed by the reference rows of other libraries, each described like a catalog entry (id,
/// guarantees, factory). The one list a consumer that measures or reports reference libraries
/// beside the designs takes its ids from.
/// </summary>
/// <remarks>
/// References come after the whole catalog, so positions (and the chart colors assigned from
/// them) of the catalog's entries do not depend on which references exist.
/// </remarks>
public static class LabMaps
{
    /// <summary>The reference rows of other libraries, in report order.</summary>
    public static IReadOnlyList<MapDescriptor> References { get; } =
    [
        new(
            "nonblocking",
            "NonBlocking.ConcurrentDictionary (lock-free)",
            IsThreadSafe: true,
            IsReferenceRow: true,
            new MapGuarantees(
                ReadPath: "wait-free: hash, probe an open-addressing table; no lock, no interlocked op",
                WritePath: "lock-free: CAS a slot for a new key, CAS the value; cooperative resize",
                ReaderSees: "the latest completed write per key",
                BatchAtomicity: "not atomic (write by write)",
                FailedBatchLeaves: "its writes before the failing one",
                SnapshotCost: "O(n) copy by enumeration beside writers (not a point in time)",
                MemoryBehavior: "no node per entry; a box per update of a non-atomic value; table garbage on resize",
                AtomicBatch: false,
                FailedBatchChangesNothing: false,
                ConstantTimeSnapshot: false),
            new NonBlockingMapFactory()),
    ];

    /// <summary>The catalog's entries, then the references.</summary>
    public static IReadOnlyList<MapDescriptor> All { get; } = [.. MapCatalog.All, .. References];

    /// <summary>The entries safe to share between threads.</summary>
    public static IReadOnlyList<MapDescriptor> ThreadSafe { get; } = [.. All.Where(entry => entry.IsThreadSafe)];

    /// <summary>The entry with the given id.</summary>
    /// <param name="id">A catalog or reference id, such as <c>cow</c> or <c>nonblocking</c>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">No entry has that id.</exception>
    public static MapDescriptor Get(string id)
        => All.FirstOrDefault(entry => entry.Id == id)
           ?? throw new ArgumentException($"Unknown map id '{id}'. Known ids: {string.Join(", ", All.Select(entry => entry.Id))}.", nameof(id));
}

using Lab.Maps;
using Lab.References;

namespace Lab.Implementations.Tests.Support;

/// <summary>
/// Theory data over every map the lab measures (the catalog and the reference rows, <see cref="LabMaps"/>): every suite takes its list of maps from here, so a design
/// added to the catalog is tested by every suite without touching a test.
/// </summary>
public static class Catalog
{
    /// <summary>Every catalog id, the unsynchronized baseline included: for single-threaded suites.</summary>
    public static TheoryData<string> AllIds() => [.. LabMaps.All.Select(entry => entry.Id)];

    /// <summary>The ids of the thread-safe entries: for concurrent suites.</summary>
    public static TheoryData<string> ThreadSafeIds() => [.. LabMaps.ThreadSafe.Select(entry => entry.Id)];

    /// <summary>A factory of empty <c>int</c> to <c>int</c> maps of one design, optionally with a comparer.</summary>
    public static Func<IConcurrentMap<int, int>> IntMaps(string id, IEqualityComparer<int>? comparer = null)
    {
        var descriptor = LabMaps.Get(id);
        return () => descriptor.Create<int, int>(comparer);
    }

    /// <summary>A factory of <c>int</c> to <c>int</c> maps of one design holding the given initial contents.</summary>
    public static Func<IEnumerable<KeyValuePair<int, int>>, IConcurrentMap<int, int>> IntMapsHolding(string id)
    {
        var descriptor = LabMaps.Get(id);
        return initial => descriptor.Create<int, int>(initial: initial);
    }
}

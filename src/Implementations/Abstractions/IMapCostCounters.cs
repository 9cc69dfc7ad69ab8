namespace Lab.Maps;

/// <summary>
/// Implemented by maps that count what their writes cost, so the benchmarks can report it per
/// operation. Counters only grow; a reader takes two readings and subtracts.
/// </summary>
public interface IMapCostCounters
{
    /// <summary>A reading of every counter the map keeps; counters it does not keep read zero.</summary>
    MapCostCounters ReadCounters();
}

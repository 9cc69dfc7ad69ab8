namespace Lab.Results;

/// <summary>
/// What a reader knows of map ids beyond the contract's shape (the plotter: the catalog, the reference
/// maps, <c>noop</c>): the problem with <paramref name="map"/> in <paramref name="scenario"/>, or null when
/// it is fine. Lab.Results knows no catalog; a reader without a rule accepts any non-empty map id.
/// </summary>
public delegate string? MapRule(string scenario, string map);

namespace Lab.Results;

/// <summary>The map id of the harness-cost row, measured beside every matrix and rate cell.</summary>
public static class HarnessMap
{
    /// <summary>The no-op map: reads return at once, writes do nothing.</summary>
    public const string Id = "noop";
}

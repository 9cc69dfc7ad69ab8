namespace Lab.Plotter.Data;

/// <summary>The <c>scenario</c> values of the CSV contract (results/README.md).</summary>
internal static class Scenarios
{
    /// <summary>Threaded read/write mixes: the matrix the charts and recommendations are drawn from.</summary>
    public const string Matrix = "matrix";

    /// <summary>Single-threaded design-target operations (lookup, insert, update, ...).</summary>
    public const string Targets = "targets";

    /// <summary>The COW snapshot store; its <c>map</c> is a store variant, not a catalog id.</summary>
    public const string Store = "store";

    /// <summary>The map id of the harness-cost row.</summary>
    public const string NoopMap = "noop";

    public static IReadOnlyList<string> All { get; } = [Matrix, Targets, Store];

    /// <summary>
    /// Map ids of other libraries' persistent maps, measured only in <see cref="Targets"/> beside the lab's
    /// HAMT (LanguageExt.Core's <c>HashMap</c>, ImTools' <c>ImHashMap</c>); not catalog designs.
    /// </summary>
    public static IReadOnlyList<string> ReferenceMaps { get; } = ["languageext", "imtools"];

    public static IReadOnlyList<string> KeyDistributions { get; } = ["uniform", "zipf", "prefix"];
}

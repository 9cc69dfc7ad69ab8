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

    /// <summary>The shard-count sizing benchmarks (<c>--filter '*ShardCount*'</c>); its <c>map</c> is a method name.</summary>
    public const string Sizing = "sizing";

    /// <summary>The map id of the harness-cost row.</summary>
    public const string NoopMap = "noop";

    /// <summary>The scenarios the benchmark app emits today, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Matrix, Targets, Store, Sizing];

    /// <summary>
    /// The scenarios drawn and judged, whose rows are fully validated (catalog map ids, a size). Rows of any
    /// other scenario (the store and sizing benchmarks, a benchmark class added later under the app's naming
    /// convention) are read, counted in the report and not plotted.
    /// </summary>
    public static IReadOnlyList<string> Plotted { get; } = [Matrix, Targets];

    /// <summary>The key distribution every profile measures, and the one the design targets use.</summary>
    public const string UniformKeys = "uniform";

    public static IReadOnlyList<string> KeyDistributions { get; } = [UniformKeys, "zipf", "prefix"];

    /// <summary>
    /// Map ids of other libraries' persistent maps, measured only in <see cref="Targets"/> beside the lab's
    /// HAMT (LanguageExt.Core's <c>HashMap</c>, ImTools' <c>ImHashMap</c>); not catalog designs.
    /// </summary>
    public static IReadOnlyList<string> ReferenceMaps { get; } = ["languageext", "imtools"];

    /// <summary>True for a scenario id the app's naming convention can produce: lowercase letters and digits, starting with a letter.</summary>
    public static bool IsValidId(string scenario)
        => scenario.Length > 0 && char.IsAsciiLetterLower(scenario[0]) && scenario.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
}

namespace Lab.Results;

/// <summary>The <c>scenario</c> values of the contract (results/README.md).</summary>
public static class ScenarioNames
{
    /// <summary>Threaded read/write mixes: the matrix the charts and recommendations are drawn from.</summary>
    public const string Matrix = "matrix";

    /// <summary>Single-threaded design-target operations (lookup, insert, update, ...).</summary>
    public const string Targets = "targets";

    /// <summary>The COW snapshot store; its <c>map</c> is a store variant, not a catalog id.</summary>
    public const string Store = "store";

    /// <summary>The shard-count sizing benchmarks; its <c>map</c> is a method name.</summary>
    public const string Sizing = "sizing";

    /// <summary>The scenarios the benchmark app emits today, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Matrix, Targets, Store, Sizing];

    /// <summary>
    /// The scenarios whose rows are fully validated (a size, a map the reader knows) and drawn. Rows of any
    /// other scenario (store, sizing, a benchmark class added later under the app's naming convention) are
    /// read and counted.
    /// </summary>
    public static IReadOnlyList<string> Plotted { get; } = [Matrix, Targets];

    /// <summary>True for an id the app's naming convention can produce: lowercase letters and digits, starting with a letter.</summary>
    public static bool IsValidId(string scenario)
        => scenario.Length > 0 && char.IsAsciiLetterLower(scenario[0]) && scenario.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
}

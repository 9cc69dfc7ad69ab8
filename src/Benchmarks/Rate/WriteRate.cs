using Lab.Results;

namespace Lab.Benchmarks.Rate;

/// <summary>
/// A writer's target: a fixed number of writes per second, none (<see cref="None"/>: no writer runs), or
/// <see cref="Max"/> (each write starts when the previous one returned). <see cref="Label"/> is the CSV value.
/// </summary>
/// <param name="PerSecond">Writes per second; 0 for none; <see langword="null"/> for as fast as possible.</param>
internal sealed record WriteRate(double? PerSecond)
{
    /// <summary>The label of <see cref="Max"/>.</summary>
    public const string MaxLabel = WriteRates.MaxLabel;

    /// <summary>No writes: readers alone.</summary>
    public static readonly WriteRate None = new(0);

    /// <summary>As fast as the writer can: the achieved rate is the measurement.</summary>
    public static readonly WriteRate Max = new((double?)null);

    /// <summary>True when a writer thread runs.</summary>
    public bool HasWriter => PerSecond is not 0;

    /// <summary>The CSV value: the integer rate, or <c>max</c>.</summary>
    public string Label => WriteRates.Label(PerSecond);

    /// <summary>Parses a label: a non-negative integer or <c>max</c>.</summary>
    public static WriteRate? Parse(string text)
        => !WriteRates.TryParse(text, out var perSecond) ? null
            : perSecond is null ? Max
            : perSecond <= 10_000_000 ? new WriteRate(perSecond)
            : null;

    public override string ToString() => Label;
}

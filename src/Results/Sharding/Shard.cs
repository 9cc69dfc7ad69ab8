using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Lab.Results;

/// <summary>
/// One shard of a run split over machines: the 1-based <see cref="Index"/> of <see cref="Count"/> shards,
/// written <c>i/n</c> (e.g. <c>2/4</c>). Invariant: 1 &lt;= Index &lt;= Count. <see cref="Unsharded"/> (1/1) is
/// the whole run; environment.csv writes it as an empty <c>shard</c> field.
/// </summary>
/// <param name="Index">1-based shard index, at most <paramref name="Count"/>.</param>
/// <param name="Count">Number of shards, positive.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The shape of a shard, for messages.</summary>
    public const string Shape = "i/n, 1 <= i <= n (e.g. 2/4)";

    /// <summary>The whole run, one shard of one.</summary>
    public static Shard Unsharded { get; } = new(1, 1);

    /// <summary>True for <see cref="Unsharded"/>: a run not split at all.</summary>
    public bool IsUnsharded => Count == 1;

    /// <summary>The text <c>i/n</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Every shard of a run split <paramref name="count"/> ways, 1/n to n/n.</summary>
    public static IReadOnlyList<Shard> All(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return [.. Enumerable.Range(1, count).Select(index => new Shard(index, count))];
    }

    /// <summary>
    /// Parses <c>i/n</c>: two decimal integers, n positive and i in 1..n. On failure <paramref name="problem"/>
    /// says what is wrong in words a command line error can show (<c>'0/3' is not a shard: ...</c>).
    /// </summary>
    public static bool TryParse(string? text, out Shard shard, [NotNullWhen(false)] out string? problem)
    {
        shard = default;
        if (text?.Split('/') is not [var indexText, var countText]
            || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problem = $"'{text}' is not a shard; expected {Shape}";
            return false;
        }

        if (count <= 0)
        {
            problem = $"'{text}' is not a shard: the shard count must be positive";
            return false;
        }

        if (index < 1 || index > count)
        {
            problem = $"'{text}' is not a shard: the index must be between 1 and {count}";
            return false;
        }

        shard = new Shard(index, count);
        problem = null;
        return true;
    }

    /// <summary>Parses <c>i/n</c>; throws <see cref="FormatException"/> with the problem of <see cref="TryParse"/>.</summary>
    public static Shard Parse(string text) => TryParse(text, out var shard, out var problem) ? shard : throw new FormatException(problem);
}

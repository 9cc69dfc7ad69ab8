using System.Diagnostics.CodeAnalysis;

namespace Lab.Results;

/// <summary>
/// The shards one machine ran, as environment.csv's <c>shard</c> field writes them: empty when the run is
/// not sharded, one shard for a shard's run (<c>2/4</c>), several for a machine's row of a merged run
/// (<c>1/4 3/4</c>, space-separated). Invariants: all of one count, no index twice, in index order, never
/// <see cref="Shard.Unsharded"/>. Equal when the shards are.
/// </summary>
public sealed class ShardSet : IEquatable<ShardSet>
{
    private readonly Shard[] shards;

    private ShardSet(Shard[] shards) => this.shards = shards;

    /// <summary>No shard: the run is not sharded.</summary>
    public static ShardSet None { get; } = new([]);

    /// <summary>The shards, in index order.</summary>
    public IReadOnlyList<Shard> Shards => shards;

    /// <summary>True when the run is not sharded.</summary>
    public bool IsEmpty => shards.Length == 0;

    /// <summary>The set of <paramref name="shards"/> (<see cref="Shard.Unsharded"/> dropped); throws <see cref="ArgumentException"/> when they break the invariants.</summary>
    public static ShardSet Of(params IEnumerable<Shard> shards)
        => TryOf([.. shards], out var set, out var problem) ? set : throw new ArgumentException(problem, nameof(shards));

    /// <summary>Parses a <c>shard</c> field (<see cref="ToString"/>); <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ShardSet? set, [NotNullWhen(false)] out string? problem)
    {
        set = null;
        var parsed = new List<Shard>();
        foreach (var part in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Shard.TryParse(part, out var shard, out problem))
            {
                return false;
            }

            parsed.Add(shard);
        }

        return TryOf(parsed, out set, out problem);
    }

    /// <summary>The field text: the shards space-separated, empty when none.</summary>
    public override string ToString() => string.Join(' ', shards);

    /// <inheritdoc/>
    public bool Equals(ShardSet? other) => other is not null && shards.AsSpan().SequenceEqual(other.shards);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShardSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var shard in shards)
        {
            hash.Add(shard);
        }

        return hash.ToHashCode();
    }

    private static bool TryOf(List<Shard> shards, [NotNullWhen(true)] out ShardSet? set, [NotNullWhen(false)] out string? problem)
    {
        set = null;
        var kept = shards.Where(shard => !shard.IsUnsharded).ToList();
        if (kept.Select(shard => shard.Count).Distinct().Count() > 1)
        {
            problem = $"'{string.Join(' ', kept)}' mixes shard counts";
            return false;
        }

        if (kept.GroupBy(shard => shard).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            problem = $"'{string.Join(' ', kept)}' lists shard {twice.Key} twice";
            return false;
        }

        set = kept.Count == 0 ? None : new ShardSet([.. kept.OrderBy(shard => shard.Index)]);
        problem = null;
        return true;
    }
}

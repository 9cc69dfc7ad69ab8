namespace Lab.Benchmarks.Workloads;

/// <summary>
/// Draws key indexes in [0, size) from a seeded generator, uniformly or Zipf-distributed. Used only
/// while building streams, never inside the timed region.
/// </summary>
internal sealed class KeySampler
{
    private readonly Random random;
    private readonly int size;
    private readonly double[]? cumulative;
    private readonly int[]? rankToIndex;

    private KeySampler(Random random, int size, double[]? cumulative, int[]? rankToIndex)
    {
        this.random = random;
        this.size = size;
        this.cumulative = cumulative;
        this.rankToIndex = rankToIndex;
    }

    /// <summary>A sampler for <paramref name="distribution"/> over <paramref name="size"/> keys.</summary>
    public static KeySampler Create(string distribution, int size, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var random = new Random(seed);
        if (distribution != KeyDistribution.Zipf)
        {
            return new KeySampler(random, size, null, null);
        }

        // P(rank r) is proportional to 1 / r^s for r = 1..size; rank 1 is the hottest key.
        var cumulative = new double[size];
        var total = 0.0;
        for (var rank = 1; rank <= size; rank++)
        {
            total += 1.0 / Math.Pow(rank, KeyDistribution.ZipfExponent);
            cumulative[rank - 1] = total;
        }

        for (var i = 0; i < size; i++)
        {
            cumulative[i] /= total;
        }

        // Scatter ranks over the key set so the hot keys are not neighbours in any structure.
        // The permutation depends only on the size, so every worker agrees which keys are hot.
        var rankToIndex = Enumerable.Range(0, size).ToArray();
        new Random(size).Shuffle(rankToIndex);
        return new KeySampler(random, size, cumulative, rankToIndex);
    }

    /// <summary>The key index of the given Zipf rank (0 = hottest); the identity for uniform samplers.</summary>
    public int IndexOfRank(int rank) => rankToIndex is null ? rank : rankToIndex[rank];

    /// <summary>The next key index.</summary>
    public int Next()
    {
        if (cumulative is null)
        {
            return random.Next(size);
        }

        var rank = Array.BinarySearch(cumulative, random.NextDouble());
        rank = rank < 0 ? ~rank : rank;
        return rankToIndex![Math.Min(rank, size - 1)];
    }
}

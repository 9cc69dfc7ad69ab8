using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Tests.Workloads;

public class KeySamplerTests
{
    private const int size = 1_000;
    private const int samples = 400_000;

    [Fact]
    public void Zipf_frequencies_follow_rank_to_the_minus_s()
    {
        var sampler = KeySampler.Create(KeyDistribution.Zipf, size, seed: 7);
        var counts = new int[size];
        for (var i = 0; i < samples; i++)
        {
            counts[sampler.Next()]++;
        }

        var harmonic = Enumerable.Range(1, size).Sum(rank => 1.0 / Math.Pow(rank, KeyDistribution.ZipfExponent));
        foreach (var rank in new[] { 1, 2, 10 })
        {
            var expected = samples / Math.Pow(rank, KeyDistribution.ZipfExponent) / harmonic;
            var observed = counts[sampler.IndexOfRank(rank - 1)];
            Assert.InRange(observed, expected * 0.9, expected * 1.1);
        }

        // The hottest key is drawn far more often than under a uniform distribution.
        Assert.True(counts.Max() > 50 * samples / size);
    }

    [Fact]
    public void Zipf_hot_keys_are_scattered_over_the_key_set()
    {
        var sampler = KeySampler.Create(KeyDistribution.Zipf, size, seed: 7);
        var hottest = Enumerable.Range(0, 10).Select(sampler.IndexOfRank).ToList();
        Assert.NotEqual(Enumerable.Range(0, 10), hottest);
    }

    [Fact]
    public void Uniform_samples_cover_the_key_set_evenly()
    {
        var sampler = KeySampler.Create(KeyDistribution.Uniform, size, seed: 7);
        var counts = new int[size];
        for (var i = 0; i < samples; i++)
        {
            counts[sampler.Next()]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 250, 550));
    }

    [Fact]
    public void Key_sets_are_distinct_and_prefixed_keys_share_the_prefix()
    {
        Assert.Equal(100_000, KeySets.Integers(100_000).Distinct().Count());
        var strings = KeySets.PrefixedStrings(1_000);
        Assert.Equal(1_000, strings.Distinct(StringComparer.Ordinal).Count());
        Assert.All(strings, key => Assert.StartsWith(KeySets.CommonPrefix, key, StringComparison.Ordinal));
    }
}

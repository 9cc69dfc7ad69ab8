using Lab.Benchmarks.Workloads;

namespace Lab.Benchmarks.Tests.Workloads;

public class StreamBuilderTests
{
    public static TheoryData<string> MixIds => [.. Mix.All.Select(mix => mix.Id)];

    [Theory]
    [MemberData(nameof(MixIds))]
    public void Every_slice_holds_exactly_the_mix_share_of_writes(string mixId)
    {
        var mix = Mix.Get(mixId);
        var opsPerThread = mix.BlockSize * 37;
        foreach (var stream in StreamBuilder.Build(mix, KeyDistribution.Uniform, 1_000, threads: 3, opsPerThread))
        {
            for (var slice = 0; slice < stream.SliceCount; slice++)
            {
                var ops = stream.Ops.AsSpan(slice * opsPerThread, opsPerThread);
                var reads = ops.Count(OpKind.Read);
                Assert.Equal(opsPerThread * mix.ReadPermille / 1000, reads);
            }

            Assert.Equal(opsPerThread - (opsPerThread * mix.ReadPermille / 1000), stream.WritesPerSlice);
        }
    }

    [Fact]
    public void Read99_is_exact_in_every_block_of_100()
    {
        Assert.Equal(100, Mix.Read99.BlockSize);
        var stream = StreamBuilder.Build(Mix.Read99, KeyDistribution.Uniform, 1_000, threads: 1, opsPerThread: 100)[0];
        for (var block = 0; block < stream.Ops.Length; block += 100)
        {
            Assert.Equal(1, 100 - stream.Ops.AsSpan(block, 100).Count(OpKind.Read));
        }
    }

    [Fact]
    public void Churn_writes_are_remove_then_reinsert_of_the_same_key()
    {
        var stream = StreamBuilder.Build(Mix.ChurnMix, KeyDistribution.Uniform, 1_000, threads: 1, opsPerThread: 2_000)[0];
        var pairs = 0;
        for (var i = 0; i < stream.Ops.Length; i++)
        {
            if (stream.Ops[i] == OpKind.Remove)
            {
                Assert.Equal(OpKind.Reinsert, stream.Ops[i + 1]);
                Assert.Equal(stream.KeyIndexes[i], stream.KeyIndexes[i + 1]);
                pairs++;
            }
            else if (stream.Ops[i] == OpKind.Reinsert)
            {
                Assert.Equal(OpKind.Remove, stream.Ops[i - 1]);
            }
        }

        Assert.Equal(stream.Ops.Length / 20, pairs);
    }

    [Fact]
    public void Workers_get_different_streams_and_different_start_offsets()
    {
        var streams = StreamBuilder.Build(Mix.Read90, KeyDistribution.Uniform, 100_000, threads: 4, opsPerThread: 1_000);
        Assert.Equal(4, streams.Select(stream => stream.StartSlice).Distinct().Count());
        for (var a = 0; a < streams.Length; a++)
        {
            for (var b = a + 1; b < streams.Length; b++)
            {
                Assert.False(streams[a].KeyIndexes.AsSpan().SequenceEqual(streams[b].KeyIndexes));
            }
        }
    }

    [Fact]
    public void Streams_are_reproducible()
    {
        var first = StreamBuilder.Build(Mix.Read50, KeyDistribution.Zipf, 10_000, threads: 2, opsPerThread: 500);
        var second = StreamBuilder.Build(Mix.Read50, KeyDistribution.Zipf, 10_000, threads: 2, opsPerThread: 500);
        Assert.True(first[1].KeyIndexes.AsSpan().SequenceEqual(second[1].KeyIndexes));
        Assert.True(first[1].Ops.AsSpan().SequenceEqual(second[1].Ops));
    }

    [Fact]
    public void Ops_per_thread_must_be_whole_blocks()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StreamBuilder.Build(Mix.Read99, KeyDistribution.Uniform, 1_000, 1, opsPerThread: 150));
    }
}

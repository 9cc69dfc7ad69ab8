namespace Lab.Benchmarks.Workloads;

/// <summary>
/// Builds the workers' operation streams before timing starts. Each worker gets its own seeded
/// generator (so no two workers walk the same key sequence) and its own start slice.
/// </summary>
internal static class StreamBuilder
{
    /// <summary>Fewest operations a stream holds, so consecutive invocations replay different keys.</summary>
    public const int MinStreamLength = 1 << 16;

    /// <summary>Base seed of every stream: runs are reproducible.</summary>
    public const int Seed = 42;

    /// <summary>One stream per worker.</summary>
    /// <param name="mix">Operation mix.</param>
    /// <param name="keys">Key distribution id.</param>
    /// <param name="size">Keys in the map.</param>
    /// <param name="threads">Workers.</param>
    /// <param name="opsPerThread">Operations per worker per invocation: a multiple of the mix's block size.</param>
    public static OperationStream[] Build(Mix mix, string keys, int size, int threads, int opsPerThread)
    {
        if (opsPerThread <= 0 || opsPerThread % mix.BlockSize != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(opsPerThread), opsPerThread, $"Must be a positive multiple of {mix.BlockSize} for mix {mix.Id}.");
        }

        var slices = Math.Max(1, (MinStreamLength + opsPerThread - 1) / opsPerThread);
        var streams = new OperationStream[threads];
        for (var worker = 0; worker < threads; worker++)
        {
            var sampler = KeySampler.Create(keys, size, Seed + (1_000_003 * (worker + 1)));
            var order = new Random(Seed - worker - 1);
            var ops = new OpKind[slices * opsPerThread];
            var keyIndexes = new int[ops.Length];
            var units = new bool[UnitsPerBlock(mix)];
            for (var start = 0; start < ops.Length; start += mix.BlockSize)
            {
                FillBlock(mix, sampler, order, units, ops.AsSpan(start, mix.BlockSize), keyIndexes.AsSpan(start, mix.BlockSize));
            }

            streams[worker] = new OperationStream(ops, keyIndexes, opsPerThread, StartSlice: worker * slices / threads);
        }

        return streams;
    }

    private static int WritesPerBlock(Mix mix) => mix.BlockSize * (1000 - mix.ReadPermille) / 1000;

    // A unit is one read, one update, or one remove + reinsert pair.
    private static int WriteUnitsPerBlock(Mix mix) => WritesPerBlock(mix) / (mix.Churn ? 2 : 1);

    private static int UnitsPerBlock(Mix mix) => mix.BlockSize - WritesPerBlock(mix) + WriteUnitsPerBlock(mix);

    /// <summary>Fills one block with exactly the mix's writes at shuffled positions: shuffle units, then expand.</summary>
    private static void FillBlock(Mix mix, KeySampler sampler, Random order, bool[] units, Span<OpKind> ops, Span<int> keyIndexes)
    {
        var writeUnits = WriteUnitsPerBlock(mix);
        units.AsSpan(0, writeUnits).Fill(true);
        units.AsSpan(writeUnits).Clear();
        order.Shuffle(units);

        var at = 0;
        foreach (var isWrite in units)
        {
            var key = sampler.Next();
            if (!isWrite)
            {
                ops[at] = OpKind.Read;
                keyIndexes[at++] = key;
            }
            else if (!mix.Churn)
            {
                ops[at] = OpKind.Update;
                keyIndexes[at++] = key;
            }
            else
            {
                ops[at] = OpKind.Remove;
                keyIndexes[at++] = key;
                ops[at] = OpKind.Reinsert;
                keyIndexes[at++] = key;
            }
        }
    }
}

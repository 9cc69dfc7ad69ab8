namespace Lab.CowStore.Tests.Interleaving;

/// <summary>
/// The broken protocol the store must not use: a plain <see cref="Interlocked.Increment(ref int)"/> lease
/// that can revive a snapshot whose count already reached zero. Exists to prove the explorer finds that bug.
/// </summary>
internal sealed class NaiveLeaseProtocol(TrackedResource initial)
{
    private Box current = new(initial);

    /// <summary>Leases, checks the value is alive, releases; throws when it got a disposed value.</summary>
    public void ReadOnce()
    {
        var yield = new ExplorerYield();
        yield.Yield();
        var box = Volatile.Read(ref current);
        yield.Yield();
        Interlocked.Increment(ref box.References);
        if (box.Value.IsDisposed)
        {
            throw new InvalidOperationException($"lease got disposed value {box.Value.Id}");
        }

        Release(box, yield);
    }

    public void Replace(TrackedResource next)
    {
        var yield = new ExplorerYield();
        yield.Yield();
        var old = Interlocked.Exchange(ref current, new Box(next));
        Release(old, yield);
    }

    private static void Release(Box box, ExplorerYield yield)
    {
        yield.Yield();
        if (Interlocked.Decrement(ref box.References) == 0)
        {
            box.Value.Dispose();
        }
    }

    private sealed class Box(TrackedResource value)
    {
        public int References = 1;

        public TrackedResource Value { get; } = value;
    }
}
